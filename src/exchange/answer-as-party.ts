// A contractor or an approver answers through their page. Each answer is the domain step the
// manager would enter by hand, recorded as the party's own (unread until the manager reads it).
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { performActionAs, type ActionOutcome } from '../tickets/perform-action.ts';
import { acknowledge, proposeAppointment, partyMessage } from '../tickets/actions/party-answers.ts';
import type { Acting } from '../tickets/action-scope.ts';
import type { ExchangeAccess } from './open-exchange.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { settingsOf } from '../domain/settings.ts';
import { contractorActions, staffEquivalent, type ApproverInput, type ContractorInput } from './party-actions.ts';

export interface PartyFiles {
  /** Files sent as the invoice. */
  invoice: string[];
  /** Every other file (photos, quote, documents). */
  other: string[];
}

function notAvailable(action: string): DomainError {
  return new DomainError('action_not_available', `"${action}" is not possible at this step. The page shows what you can do now.`, { action });
}

/** Performs the party's answer on its ticket. */
export async function answerAsParty(ctx: AppContext, access: ExchangeAccess, input: ContractorInput | ApproverInput, files: PartyFiles): Promise<ActionOutcome> {
  const { ticket, dispatch, party } = access;
  const run = (step: Parameters<typeof performActionAs>[3], acting: Acting) =>
    performActionAs(ctx, ticket.organizationId, ticket.number, step, () => acting, { type: 'party', organizationId: ticket.organizationId, ticketId: ticket.id });

  if (dispatch) {
    const acting: Acting = { type: 'contractor', name: dispatch.contractorName, channel: 'exchange' };
    const organization = (await findOrganization(ctx.db, ticket.organizationId))!;
    const available = contractorActions({
      readReceipt: settingsOf(organization.settings).readReceipt,
      ticket: { type: ticket.type, closed: ticket.closedAt !== null },
      dispatch: { id: dispatch.id, kind: dispatch.kind, state: dispatch.state, acknowledged: dispatch.acknowledgedAt !== null },
    });
    const answer = input as ContractorInput;
    if (!available.includes(answer.action)) throw notAvailable(answer.action);
    if (answer.action === 'complete' && files.invoice.length > 0 && answer.invoiceAmountCents === undefined) {
      throw new DomainError('validation_failed', 'An invoice sent with the completion needs its amount.', [{ field: 'invoiceAmountCents', message: 'is required with an invoice file' }]);
    }
    switch (answer.action) {
      case 'acknowledge':
        return run((scope) => acknowledge(scope, { dispatchId: dispatch.id }), acting);
      case 'propose_appointment':
        return run((scope) => proposeAppointment(scope, { dispatchId: dispatch.id, startsAt: answer.startsAt, durationMinutes: answer.durationMinutes, comment: answer.comment }), acting);
      case 'message':
        return run((scope) => partyMessage(scope, { dispatchId: dispatch.id, body: answer.body, attachmentIds: [...files.other, ...files.invoice] }), acting);
      default:
        return run(staffEquivalent(answer, dispatch.id, files)!, acting);
    }
  }

  if (!party || party.role !== 'approver') throw new DomainError('link_invalid', 'This link is not valid.');
  const acting: Acting = { type: 'approver', name: party.name, channel: 'exchange' };
  const answer = input as ApproverInput;
  if (answer.action === 'message') {
    return run((scope) => partyMessage(scope, { partyId: party.id, body: answer.body, attachmentIds: [...files.other, ...files.invoice] }), acting);
  }
  if (!party.active || !party.dispatchIds.includes(answer.dispatchId)) throw notAvailable(answer.action);
  return run({ action: 'enter_approval', dispatchId: answer.dispatchId, decision: answer.action, comment: answer.comment }, acting);
}
