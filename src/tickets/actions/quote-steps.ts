// The steps of a quote (DOMAIN.md §5): a work order that needs a quote, quotes received, accepted
// or rejected by the manager, approval asked of and given by an approver, one quote retained
// among several, the approved quote confirmed to the contractor.
import { DomainError } from '../../domain/errors.ts';
import { changeType } from '../../domain/tickets/type-transitions.ts';
import { dispatchTransition } from '../../domain/tickets/dispatch-transitions.ts';
import { councilMembersOf } from '../../db/repositories/master-data.ts';
import { insertParty, updateParty, type DispatchRow } from '../../db/repositories/tickets.ts';
import { linkAttachments } from '../link-attachments.ts';
import { channelsOf, resolvePerson } from '../resolve-parties.ts';
import type { ActionScope } from '../action-scope.ts';
import { revokeExchangeTokens } from '../../db/repositories/exchange-tokens.ts';
import { enteredBy, type Handlers } from './handler.ts';
import { askOwnerAboveMandate } from './mandate-threshold.ts';

/** A work order of a single-contractor ticket turns into a quote request: ODS becomes DS. */
function quoteNeeded(scope: ActionScope, dispatch: DispatchRow) {
  if (dispatch.kind !== 'work_order') return;
  const type = changeType(scope.ticket.type, 'quote_needed');
  if (!type) throw new DomainError('action_not_available', 'Only a work order with a single contractor can turn into a quote request.');
  scope.ticketPatch = { ...scope.ticketPatch, type };
}

/** One quote is approved: the others are told they were not retained and the ticket goes on as a single quote. */
async function retain(scope: ActionScope, retained: DispatchRow) {
  for (const other of scope.dispatches) {
    if (other.id === retained.id || other.kind !== 'quote') continue;
    if (dispatchTransition('quote', other.state, 'not_retain')) {
      await scope.step(other, 'not_retain');
      scope.record('quote_not_retained', { dispatchId: other.id, payload: { contractor: other.contractorName } });
    }
  }
  const type = changeType(scope.ticket.type, 'quote_retained');
  if (type) scope.ticketPatch = { ...scope.ticketPatch, type };
}

function councilMembers(scope: ActionScope) {
  return scope.ticket.propertyId ? councilMembersOf(scope.db, scope.ticket.propertyId, scope.now.toISOString().slice(0, 10)) : Promise.resolve([]);
}

export const quoteHandlers: Handlers<
  'request_quote' | 'enter_quote' | 'accept_quote' | 'reject_quote' | 'request_approval' | 'enter_approval' | 'confirm_quote'
> = {
  async request_quote(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    quoteNeeded(scope, dispatch);
    await scope.step(dispatch, 'request_quote');
    scope.record('quote_requested', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, fromWorkOrder: true, comment: input.comment ?? null } });
  },

  async enter_quote(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    quoteNeeded(scope, dispatch);
    await scope.step(dispatch, 'receive_quote', { quoteAmountCents: input.amountCents, quoteValidUntil: input.validUntil ?? null });
    const eventId = scope.record('quote_received', {
      dispatchId: dispatch.id,
      payload: { contractor: dispatch.contractorName, amountCents: input.amountCents, validUntil: input.validUntil ?? null, comment: input.comment ?? null, ...enteredBy(scope) },
    });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'quote', { dispatchId: dispatch.id });
    await askOwnerAboveMandate(scope, dispatch, quoteHandlers.request_approval);
  },

  async accept_quote(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'accept_quote');
    scope.record('quote_accepted', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, amountCents: dispatch.quoteAmountCents, comment: input.comment ?? null } });
    await retain(scope, dispatch);
  },

  async reject_quote(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'reject_quote');
    scope.record('quote_rejected', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, comment: input.comment ?? null } });
  },

  async request_approval(scope, input) {
    const targets = input.dispatchIds
      ? input.dispatchIds.map((id) => scope.dispatch(id))
      : scope.dispatches.filter((d) => d.kind === 'quote' && d.state === 'quote_received');
    if (targets.length === 0) throw new DomainError('action_not_available', 'No received quote waits for approval.');
    for (const dispatch of targets) await scope.step(dispatch, 'request_approval');
    const approver = await resolvePerson(scope.db, scope.organizationId, input.approver, 'approver', true);
    // An earlier approver steps down only when every quote they were deciding on is in this request.
    const targetIds = targets.map((d) => d.id);
    for (const previous of scope.parties.filter((p) => p.role === 'approver' && p.active && p.dispatchIds.every((id) => targetIds.includes(id)))) {
      await updateParty(scope.db, previous.id, { active: false });
      await revokeExchangeTokens(scope.db, { partyIds: [previous.id] }, scope.now);
      previous.active = false;
    }
    const party = await insertParty(scope.db, {
      ...approver, role: 'approver', organizationId: scope.organizationId, ticketId: scope.ticket.id, createdAt: scope.now, dispatchIds: targets.map((d) => d.id),
    });
    scope.parties.push(party);
    const informed: string[] = [];
    if (input.informCouncil) {
      // Other council members are informed; only the approver decides.
      for (const member of await councilMembers(scope)) {
        if (member.id === approver.personId) continue;
        const channels = channelsOf(member);
        if (channels.length === 0) continue;
        scope.parties.push(await insertParty(scope.db, {
          role: 'council_informed', personId: member.id, name: member.name, emails: member.emails, phones: member.phones, channels, language: member.language,
          organizationId: scope.organizationId, ticketId: scope.ticket.id, createdAt: scope.now, dispatchIds: targets.map((d) => d.id),
        }));
        informed.push(member.name);
      }
    }
    scope.record('approval_requested', {
      partyId: party.id,
      payload: { approver: approver.name, contractors: targets.map((d) => d.contractorName), dispatchIds: targets.map((d) => d.id), informed, comment: input.comment ?? null },
    });
  },

  async enter_approval(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    const approver = scope.parties.find((p) => p.role === 'approver' && p.active && p.dispatchIds.includes(dispatch.id));
    if (!approver) throw new DomainError('action_not_available', 'Approval of this quote was not asked of anyone.');
    await scope.step(dispatch, input.decision === 'approve' ? 'approve' : 'disapprove');
    await updateParty(scope.db, approver.id, { decision: input.decision });
    approver.decision = input.decision;
    scope.record(input.decision === 'approve' ? 'quote_approved' : 'quote_disapproved', {
      dispatchId: dispatch.id, partyId: approver.id,
      payload: { approver: approver.name, contractor: dispatch.contractorName, comment: input.comment ?? null, ...enteredBy(scope) },
    });
    if (input.decision === 'approve') await retain(scope, dispatch);
  },

  async confirm_quote(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'confirm_quote', { quoteConfirmedAt: scope.now });
    const eventId = scope.record('quote_confirmed', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, comment: input.comment ?? null } });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'signed_quote', { dispatchId: dispatch.id });
  },
};
