// Contacting another contractor (in addition, or replacing one) and cancelling interventions.
import { DomainError } from '../../domain/errors.ts';
import { ENDED_STATES, type DispatchKind, type DispatchState, type TicketType } from '../../domain/tickets/codes.ts';
import { changeType } from '../../domain/tickets/type-transitions.ts';
import { dispatchTransition } from '../../domain/tickets/dispatch-transitions.ts';
import { addDispatch, dispatchSentEvent } from '../add-dispatch.ts';
import type { ActionScope } from '../action-scope.ts';
import { revokeExchangeTokens } from '../../db/repositories/exchange-tokens.ts';
import type { Handlers } from './handler.ts';

function kindOf(type: string): DispatchKind {
  return type === 'DS' || type === 'DM' ? 'quote' : 'work_order';
}

async function cancelDispatch(scope: ActionScope, id: string, reason: string | null, event: 'intervention_cancelled' | 'contractor_replaced' = 'intervention_cancelled') {
  const dispatch = scope.dispatch(id);
  await scope.step(dispatch, 'cancel');
  scope.record(event, { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, reason } });
}

export const contractorHandlers: Handlers<'add_contractor' | 'replace_contractor' | 'cancel_intervention'> = {
  async add_contractor(scope, input) {
    const type = changeType(scope.ticket.type as TicketType, 'add_contractor');
    if (!type) throw new DomainError('action_not_available', `Another contractor cannot be added to a ${scope.ticket.type} ticket.`);
    const kind = kindOf(scope.ticket.type);
    const dispatch = await addDispatch(scope.db, scope.ticket, scope.dispatches, input.contractor, kind, 'contractor', scope.now);
    scope.ticketPatch = { ...scope.ticketPatch, type };
    scope.record('contractor_added', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, type } });
    scope.record(dispatchSentEvent(kind), { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, channels: dispatch.channels } });
  },

  async replace_contractor(scope, input) {
    const old = scope.dispatch(input.dispatchId);
    // A contractor who refused is only closed off (and not told again); anyone else is cancelled and told.
    if (old.state !== 'refused') await cancelDispatch(scope, old.id, input.reason ?? null, 'contractor_replaced');
    else {
      await scope.step(old, 'close_refused');
      scope.record('contractor_replaced', { dispatchId: old.id, payload: { contractor: old.contractorName, reason: input.reason ?? null, afterRefusal: true } });
    }
    await revokeExchangeTokens(scope.db, { dispatchIds: [old.id] }, scope.now);
    const kind = old.kind as DispatchKind;
    const dispatch = await addDispatch(scope.db, scope.ticket, scope.dispatches, input.contractor, kind, 'contractor', scope.now);
    scope.record(dispatchSentEvent(kind), { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, channels: dispatch.channels, replaces: old.contractorName } });
  },

  async cancel_intervention(scope, input) {
    const targets = input.dispatchId
      ? [scope.dispatch(input.dispatchId)]
      : scope.dispatches.filter((d) => !ENDED_STATES.includes(d.state as DispatchState) && dispatchTransition(d.kind as DispatchKind, d.state as DispatchState, 'cancel'));
    if (targets.length === 0) throw new DomainError('action_not_available', 'There is no intervention left to cancel.');
    for (const dispatch of targets) await cancelDispatch(scope, dispatch.id, input.reason ?? null);
  },
};
