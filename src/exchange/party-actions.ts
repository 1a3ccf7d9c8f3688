// What a contractor or an approver can do through their page (API.md "Party actions"), the input
// of each, and when it is available: each maps to the same domain step as the manager's manual
// entry, so the rules are those of the ticket engine.
import { Type, type Static } from '@sinclair/typebox';
import { PRESENCES, type DispatchKind, type DispatchState, type TicketType } from '../domain/tickets/codes.ts';
import { dispatchActionAvailable } from '../domain/tickets/action-catalogue.ts';
import { dispatchTransition } from '../domain/tickets/dispatch-transitions.ts';

const StartsAt = Type.String({ format: 'date-time' });
const Duration = Type.Integer({ minimum: 5, maximum: 7 * 24 * 60 });
const Money = Type.Integer({ minimum: 0, maximum: 100_000_000_00 });
const Text = (max: number, min = 0) => Type.String({ maxLength: max, minLength: min });
const act = <N extends string, P extends Parameters<typeof Type.Object>[0]>(name: N, properties: P) =>
  Type.Object({ action: Type.Literal(name), ...properties }, { additionalProperties: false });

export const CONTRACTOR_INPUTS = {
  acknowledge: act('acknowledge', {}),
  accept: act('accept', { startsAt: Type.Optional(StartsAt), durationMinutes: Type.Optional(Duration), comment: Type.Optional(Text(4000)) }),
  refuse: act('refuse', { reason: Text(4000, 1) }),
  propose_appointment: act('propose_appointment', { startsAt: StartsAt, durationMinutes: Duration, comment: Type.Optional(Text(4000)) }),
  check_in: act('check_in', { presence: Type.Union(PRESENCES.map((p) => Type.Literal(p))), startsAt: Type.Optional(StartsAt), comment: Type.Optional(Text(4000)) }),
  complete: act('complete', { comment: Type.Optional(Text(4000)), invoiceAmountCents: Type.Optional(Money) }),
  submit_quote: act('submit_quote', { amountCents: Money, validUntil: Type.Optional(Type.String({ format: 'date' })), comment: Type.Optional(Text(4000)) }),
  submit_invoice: act('submit_invoice', { amountCents: Money, comment: Type.Optional(Text(4000)) }),
  message: act('message', { body: Text(20_000, 1) }),
};

export const APPROVER_INPUTS = {
  approve: act('approve', { dispatchId: Type.String({ format: 'uuid' }), comment: Type.Optional(Text(4000)) }),
  disapprove: act('disapprove', { dispatchId: Type.String({ format: 'uuid' }), comment: Type.Optional(Text(4000)) }),
  message: act('message', { body: Text(20_000, 1) }),
};

export type ContractorAction = keyof typeof CONTRACTOR_INPUTS;
export type ApproverAction = keyof typeof APPROVER_INPUTS;
export type ContractorInput = { [K in ContractorAction]: Static<(typeof CONTRACTOR_INPUTS)[K]> }[ContractorAction];
export type ApproverInput = { [K in ApproverAction]: Static<(typeof APPROVER_INPUTS)[K]> }[ApproverAction];

/** The body of `POST /exchange/{token}`, told apart by `action`. */
export const PartyActionBody = Type.Unsafe<Record<string, unknown>>({
  type: 'object',
  required: ['action'],
  discriminator: { propertyName: 'action' },
  oneOf: [...Object.values(CONTRACTOR_INPUTS), APPROVER_INPUTS.approve, APPROVER_INPUTS.disapprove],
});

interface Facts {
  /** The agency asks contractors to confirm they read the work order (settings.readReceipt). */
  readReceipt: boolean;
  ticket: { type: TicketType; closed: boolean };
  dispatch: { id: string; kind: DispatchKind; state: DispatchState; acknowledged: boolean };
}

/** A contractor's actions available now on their dispatch. */
export function contractorActions({ readReceipt, ticket, dispatch }: Facts): ContractorAction[] {
  if (ticket.closed) return [];
  const can = (staff: Parameters<typeof dispatchActionAvailable>[0]) => dispatchActionAvailable(staff, ticket, dispatch);
  const ended = ['cancelled', 'not_retained', 'refused'].includes(dispatch.state);
  const available: ContractorAction[] = [];
  if (readReceipt && !dispatch.acknowledged && !ended && dispatch.kind === 'work_order') available.push('acknowledge');
  if (can('enter_acceptance')) available.push('accept');
  if (can('enter_refusal')) available.push('refuse');
  if (dispatchTransition(dispatch.kind, dispatch.state, 'propose_appointment')) available.push('propose_appointment');
  if (can('enter_presence')) available.push('check_in');
  if (can('enter_completion')) available.push('complete');
  if (dispatch.kind === 'quote' && can('enter_quote')) available.push('submit_quote');
  if (can('enter_invoice')) available.push('submit_invoice');
  available.push('message');
  return available;
}

/** The staff action that records a contractor's answer (those that have one). */
export function staffEquivalent(input: ContractorInput, dispatchId: string, files: { invoice: string[]; other: string[] }) {
  const attachmentIds = [...files.other, ...(input.action === 'complete' ? [] : files.invoice)];
  switch (input.action) {
    case 'accept':
      return { action: 'enter_acceptance' as const, dispatchId, startsAt: input.startsAt, durationMinutes: input.durationMinutes, comment: input.comment };
    case 'refuse':
      return { action: 'enter_refusal' as const, dispatchId, reason: input.reason };
    case 'check_in':
      return { action: 'enter_presence' as const, dispatchId, presence: input.presence, startsAt: input.startsAt, comment: input.comment };
    case 'complete':
      return {
        action: 'enter_completion' as const, dispatchId, comment: input.comment,
        // Files sent as `invoice` are the invoice; the others are proof of the work.
        attachmentIds: files.other,
        invoice: input.invoiceAmountCents !== undefined ? { amountCents: input.invoiceAmountCents, attachmentIds: files.invoice } : undefined,
      };
    case 'submit_quote':
      return { action: 'enter_quote' as const, dispatchId, amountCents: input.amountCents, validUntil: input.validUntil, comment: input.comment, attachmentIds };
    case 'submit_invoice':
      return { action: 'enter_invoice' as const, dispatchId, amountCents: input.amountCents, comment: input.comment, attachmentIds };
    default:
      return undefined;
  }
}
