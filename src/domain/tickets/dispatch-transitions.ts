// The dispatch state machine (DOMAIN.md §5) as a table: one row per allowed step. A step not in
// the table is not possible; nothing else in the code decides a dispatch's next state.
import type { DispatchKind, DispatchState } from './codes.ts';

export const DISPATCH_EVENTS = [
  'accept', // work order: accepted with a proposed appointment; quote: will quote
  'refuse',
  'propose_appointment', // the contractor proposes (or moves) the appointment
  'validate_appointment', // the manager agrees to the proposed appointment
  'set_appointment', // the manager enters an appointment agreed by phone
  'postpone_appointment', // the manager moves the appointment
  'check_in_on_site',
  'check_in_late', // same appointment, later time
  'check_in_postpone', // the contractor proposes another date
  'check_in_cannot_come',
  'complete',
  'complete_with_invoice', // completion with the invoice: skips the invoice request
  'request_invoice',
  'receive_invoice',
  'rerequest_invoice',
  'request_quote', // a work order becomes a quote request (the contractor says a quote is needed)
  'receive_quote',
  'request_approval',
  'accept_quote', // the manager accepts the quote (no approver)
  'reject_quote', // the manager rejects the quote
  'approve', // the approver approves the quote
  'disapprove', // the approver disapproves the quote
  'confirm_quote', // the approved quote is confirmed: the contractor now sets the appointment
  'cancel',
  'close_refused', // the contractor who refused is replaced
  'not_retain', // another quote was retained
] as const;
export type DispatchEvent = (typeof DISPATCH_EVENTS)[number];

export interface DispatchTransition {
  kind: DispatchKind;
  from: readonly DispatchState[];
  event: DispatchEvent;
  to: DispatchState;
  /** A step that turns a work order into a quote request, or an approved quote into a work order. */
  toKind?: DispatchKind;
}

const LIVE_WORK: DispatchState[] = ['requested', 'accepted', 'planned', 'on_site', 'done', 'invoice_requested', 'invoice_received'];
const LIVE_QUOTE: DispatchState[] = ['requested', 'accepted', 'quote_received', 'approval_requested', 'approved', 'disapproved'];

export const DISPATCH_TRANSITIONS: readonly DispatchTransition[] = [
  // work order
  { kind: 'work_order', from: ['requested'], event: 'accept', to: 'accepted' },
  { kind: 'work_order', from: ['requested', 'accepted'], event: 'refuse', to: 'refused' },
  { kind: 'work_order', from: ['requested', 'accepted', 'planned'], event: 'propose_appointment', to: 'accepted' },
  { kind: 'work_order', from: ['accepted'], event: 'validate_appointment', to: 'planned' },
  { kind: 'work_order', from: ['requested', 'accepted', 'planned'], event: 'set_appointment', to: 'planned' },
  { kind: 'work_order', from: ['accepted', 'planned'], event: 'postpone_appointment', to: 'planned' },
  { kind: 'work_order', from: ['planned'], event: 'check_in_on_site', to: 'on_site' },
  { kind: 'work_order', from: ['planned'], event: 'check_in_late', to: 'planned' },
  { kind: 'work_order', from: ['planned'], event: 'check_in_postpone', to: 'accepted' },
  { kind: 'work_order', from: ['planned'], event: 'check_in_cannot_come', to: 'requested' },
  { kind: 'work_order', from: ['accepted', 'planned', 'on_site'], event: 'complete', to: 'done' },
  { kind: 'work_order', from: ['accepted', 'planned', 'on_site'], event: 'complete_with_invoice', to: 'invoice_received' },
  { kind: 'work_order', from: ['done'], event: 'request_invoice', to: 'invoice_requested' },
  { kind: 'work_order', from: ['done', 'invoice_requested'], event: 'receive_invoice', to: 'invoice_received' },
  { kind: 'work_order', from: ['invoice_received'], event: 'rerequest_invoice', to: 'invoice_requested' },
  { kind: 'work_order', from: ['requested', 'accepted', 'planned', 'on_site'], event: 'request_quote', to: 'requested', toKind: 'quote' },
  { kind: 'work_order', from: ['requested', 'accepted', 'planned', 'on_site'], event: 'receive_quote', to: 'quote_received', toKind: 'quote' },
  { kind: 'work_order', from: LIVE_WORK, event: 'cancel', to: 'cancelled' },
  // A contractor who refused is closed off when the manager replaces them (once).
  { kind: 'work_order', from: ['refused'], event: 'close_refused', to: 'cancelled' },

  // quote
  { kind: 'quote', from: ['requested'], event: 'accept', to: 'accepted' },
  { kind: 'quote', from: ['requested', 'accepted'], event: 'refuse', to: 'refused' },
  { kind: 'quote', from: ['requested', 'accepted', 'quote_received', 'disapproved'], event: 'receive_quote', to: 'quote_received' },
  { kind: 'quote', from: ['quote_received'], event: 'request_approval', to: 'approval_requested' },
  { kind: 'quote', from: ['quote_received', 'approval_requested'], event: 'accept_quote', to: 'approved' },
  { kind: 'quote', from: ['quote_received', 'approval_requested'], event: 'reject_quote', to: 'disapproved' },
  { kind: 'quote', from: ['quote_received', 'approval_requested'], event: 'approve', to: 'approved' },
  { kind: 'quote', from: ['quote_received', 'approval_requested'], event: 'disapprove', to: 'disapproved' },
  { kind: 'quote', from: ['approved'], event: 'confirm_quote', to: 'requested', toKind: 'work_order' },
  { kind: 'quote', from: ['approved'], event: 'propose_appointment', to: 'accepted', toKind: 'work_order' },
  { kind: 'quote', from: ['approved'], event: 'set_appointment', to: 'planned', toKind: 'work_order' },
  { kind: 'quote', from: LIVE_QUOTE, event: 'cancel', to: 'cancelled' },
  { kind: 'quote', from: ['refused'], event: 'close_refused', to: 'cancelled' },
  // Retaining one quote drops every other, even one approved earlier.
  { kind: 'quote', from: ['requested', 'accepted', 'quote_received', 'approval_requested', 'approved', 'disapproved'], event: 'not_retain', to: 'not_retained' },
];

/** The row that applies, or undefined when the step is not possible from here. */
export function dispatchTransition(kind: DispatchKind, state: DispatchState, event: DispatchEvent): DispatchTransition | undefined {
  return DISPATCH_TRANSITIONS.find((row) => row.kind === kind && row.event === event && row.from.includes(state));
}

/** Every event possible from a state (the "next step" panel asks this). */
export function eventsFrom(kind: DispatchKind, state: DispatchState): DispatchEvent[] {
  return DISPATCH_TRANSITIONS.filter((row) => row.kind === kind && row.from.includes(state)).map((row) => row.event);
}
