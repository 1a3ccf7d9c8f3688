// Every staff action on a ticket (API.md), what it targets, and when it is available. A dispatch
// action is available exactly when the dispatch table has a row for its event from the
// dispatch's state; ticket actions have their own rule here.
import { ENDED_STATES, type DispatchKind, type DispatchState, type TicketType } from './codes.ts';
import { dispatchTransition, type DispatchEvent } from './dispatch-transitions.ts';
import { changeType } from './type-transitions.ts';
import { reminderRule } from '../automation/reminder-rules.ts';

export const STAFF_ACTIONS = [
  'validate',
  'cancel_request',
  'edit',
  'reassign',
  'set_silent',
  'set_reminders',
  'internal_note',
  'send_message',
  'inform_third_party',
  'add_attachments',
  'update_party',
  'add_contractor',
  'replace_contractor',
  'cancel_intervention',
  'remind',
  'enter_acceptance',
  'enter_refusal',
  'enter_appointment',
  'validate_appointment',
  'postpone_appointment',
  'enter_presence',
  'enter_completion',
  'request_quote',
  'enter_quote',
  'accept_quote',
  'reject_quote',
  'request_approval',
  'enter_approval',
  'confirm_quote',
  'request_invoice',
  'enter_invoice',
  'rerequest_invoice',
  'close',
  'mark_resolved',
  'link_to_incident',
  'merge_into_incident',
  'unlink_from_incident',
  'send_incident_update',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export interface TicketFacts {
  type: TicketType;
  closed: boolean;
  /** Resolved (by the manager, or its work done and invoiced) and not reopened since. */
  resolved?: boolean;
  /** Linked to an incident (a report handled through it). */
  linked?: boolean;
  /** An incident: reports are linked to it. */
  incident?: boolean;
}

/** The facts the catalogue reads of a ticket row. */
export function ticketFactsOf(ticket: { type: TicketType; closedAt: Date | null; resolvedAt: Date | null; incidentId: string | null; incidentReportCount: number }): TicketFacts {
  return { type: ticket.type, closed: ticket.closedAt !== null, resolved: ticket.resolvedAt !== null, linked: ticket.incidentId !== null, incident: ticket.incidentReportCount > 0 };
}

/** The actions that change an incident and its reports together (src/tickets/incidents/). */
export const INCIDENT_ACTIONS = ['link_to_incident', 'merge_into_incident', 'unlink_from_incident', 'send_incident_update'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export interface DispatchFacts {
  id: string;
  kind: DispatchKind;
  state: DispatchState;
}

/** Dispatch actions and the dispatch event each one performs. */
export const DISPATCH_ACTION_EVENTS: Partial<Record<StaffAction, DispatchEvent[]>> = {
  cancel_intervention: ['cancel'],
  enter_acceptance: ['accept'],
  enter_refusal: ['refuse'],
  enter_appointment: ['set_appointment'],
  validate_appointment: ['validate_appointment'],
  postpone_appointment: ['postpone_appointment'],
  enter_presence: ['check_in_on_site', 'check_in_late', 'check_in_postpone', 'check_in_cannot_come'],
  enter_completion: ['complete', 'complete_with_invoice'],
  request_quote: ['request_quote'],
  enter_quote: ['receive_quote'],
  accept_quote: ['accept_quote'],
  reject_quote: ['reject_quote'],
  enter_approval: ['approve', 'disapprove'],
  confirm_quote: ['confirm_quote'],
  request_invoice: ['request_invoice'],
  enter_invoice: ['receive_invoice'],
  rerequest_invoice: ['rerequest_invoice'],
};


const REPLACEABLE: readonly DispatchState[] = ['requested', 'accepted', 'refused', 'planned', 'quote_received', 'disapproved'];

/** Whether a dispatch action is possible now on this dispatch. */
export function dispatchActionAvailable(action: StaffAction, ticket: TicketFacts, dispatch: DispatchFacts): boolean {
  if (ticket.closed || ticket.type === 'PENDING') return false;
  if (action === 'replace_contractor') return REPLACEABLE.includes(dispatch.state);
  if (action === 'remind') return reminderRule(dispatch.kind, dispatch.state) !== undefined;
  if (action === 'send_message' || action === 'update_party') return true;
  // A work order turns into a quote request only where the type table allows it (ODS → DS).
  if ((action === 'request_quote' || (action === 'enter_quote' && dispatch.kind === 'work_order')) && !changeType(ticket.type, 'quote_needed')) return false;
  // The approver's answer is entered only once approval was asked.
  if (action === 'enter_approval' && dispatch.state !== 'approval_requested') return false;
  const events = DISPATCH_ACTION_EVENTS[action];
  return !!events && events.some((event) => dispatchTransition(dispatch.kind, dispatch.state, event) !== undefined);
}

/** Whether a ticket-wide action is possible now. */
export function ticketActionAvailable(action: StaffAction, ticket: TicketFacts, dispatches: readonly DispatchFacts[]): boolean {
  if (ticket.closed) return false;
  const pending = ticket.type === 'PENDING';
  switch (action) {
    case 'validate':
    case 'cancel_request':
      return pending;
    case 'edit':
    case 'reassign':
    case 'set_silent':
    case 'set_reminders':
    case 'internal_note':
    case 'send_message':
    case 'inform_third_party':
    case 'add_attachments':
    case 'update_party':
    case 'close':
      return true;
    case 'add_contractor':
      return !pending && changeType(ticket.type, 'add_contractor') !== undefined;
    case 'cancel_intervention':
      return !pending && dispatches.some((d) => !ENDED_STATES.includes(d.state));
    case 'request_approval':
      return dispatches.some((d) => d.kind === 'quote' && d.state === 'quote_received');
    case 'mark_resolved':
      return !pending && !ticket.resolved;
    // No chains: a report is linked once, and an incident is never linked to another.
    case 'link_to_incident':
    case 'merge_into_incident':
      return !ticket.linked && !ticket.incident;
    case 'unlink_from_incident':
      return !!ticket.linked;
    case 'send_incident_update':
      return !!ticket.incident;
    default:
      return false;
  }
}

/** Actions offered at ticket level (not about one dispatch). */
export const TICKET_LEVEL_ACTIONS: readonly StaffAction[] = [
  'validate', 'cancel_request', 'edit', 'reassign', 'set_silent', 'set_reminders', 'internal_note', 'send_message',
  'inform_third_party', 'add_attachments', 'update_party', 'add_contractor', 'cancel_intervention', 'request_approval', 'mark_resolved', 'close',
];

/** Actions offered on one dispatch. */
export const DISPATCH_LEVEL_ACTIONS: readonly StaffAction[] = [
  'send_message', 'update_party', 'remind', 'replace_contractor', 'cancel_intervention', 'enter_acceptance', 'enter_refusal',
  'enter_appointment', 'validate_appointment', 'postpone_appointment', 'enter_presence', 'enter_completion', 'request_quote',
  'enter_quote', 'accept_quote', 'reject_quote', 'enter_approval', 'confirm_quote', 'request_invoice', 'enter_invoice', 'rerequest_invoice',
];

/** The "next step" panel: what can be done now on the ticket and on each dispatch. */
export function availableActions(ticket: TicketFacts, dispatches: readonly DispatchFacts[]) {
  return {
    ticket: TICKET_LEVEL_ACTIONS.filter((a) => ticketActionAvailable(a, ticket, dispatches)),
    /** An incident's actions (they name another ticket, or reach its reports: the incident panel offers them). */
    incident: INCIDENT_ACTIONS.filter((a) => ticketActionAvailable(a, ticket, dispatches)),
    dispatches: dispatches.map((d) => ({ dispatchId: d.id, actions: DISPATCH_LEVEL_ACTIONS.filter((a) => dispatchActionAvailable(a, ticket, d)) })),
  };
}
