// Performs one action on a ticket: in one transaction, lock the ticket, ask the catalogue whether
// the action is available now, let its handler change the ticket and record events, then derive
// the status and write everything. Staff actions and parties' answers both come through here.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { dispatchActionAvailable, ticketActionAvailable, DISPATCH_LEVEL_ACTIONS, type StaffAction } from '../domain/tickets/action-catalogue.ts';
import type { DispatchKind, DispatchState, TicketType } from '../domain/tickets/codes.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { findTicket, dispatchesOf, partiesOf, type EventRow } from '../db/repositories/tickets.ts';
import { ActionScope, type Acting } from './action-scope.ts';
import { refreshTicket } from './refresh-ticket.ts';
import { staffActing } from './staff-acting.ts';
import { HANDLERS } from './actions/index.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import type { AnyActionInput } from './action-inputs.ts';

// Actions that change what the search document is made of.
const REINDEXING_ACTIONS: readonly string[] = ['validate', 'edit', 'add_contractor', 'replace_contractor'];

export interface ActionOutcome {
  number: number;
  events: EventRow[];
  updatedAt: Date;
}

function assertAvailable(scope: ActionScope, input: AnyActionInput) {
  const action = input.action as StaffAction;
  const ticket = { type: scope.ticket.type as TicketType, closed: scope.ticket.closedAt !== null };
  const facts = scope.dispatches.map((d) => ({ id: d.id, kind: d.kind as DispatchKind, state: d.state as DispatchState }));
  const dispatchId = 'dispatchId' in input ? input.dispatchId : undefined;
  const dispatch = dispatchId ? facts.find((d) => d.id === scope.dispatch(dispatchId).id) : undefined;
  const available = dispatch && DISPATCH_LEVEL_ACTIONS.includes(action)
    ? dispatchActionAvailable(action, ticket, dispatch)
    : ticketActionAvailable(action, ticket, facts);
  if (!available) {
    throw new DomainError('action_not_available', ticket.closed ? 'This ticket is closed: it can only be read.' : `"${action}" is not available at this step of the ticket.`, {
      action, status: scope.ticket.status, ...(dispatchId ? { dispatchId } : {}),
    });
  }
}

/** A step only a party takes (its page checked that it is available). */
export type PartyStep = (scope: ActionScope) => Promise<void>;

/** Runs an action as `acting` (staff, or a party through its page) on ticket `number`: a staff
 * action by name, or a party's own step. */
export async function performActionAs(
  ctx: AppContext,
  organizationId: string,
  number: number,
  input: AnyActionInput | PartyStep,
  acting: (db: AppContext['db']) => Promise<Acting>,
): Promise<ActionOutcome> {
  const outcome = await ctx.db.transaction(async (db) => {
    const ticket = await findTicket(db, organizationId, number, true);
    if (!ticket) throw notFound('Ticket');
    const organization = (await findOrganization(db, organizationId))!;
    const scope = new ActionScope({
      ctx, db, acting: await acting(db), ticket, dispatches: await dispatchesOf(db, ticket.id), parties: await partiesOf(db, ticket.id), settings: settingsOf(organization.settings),
    });
    if (typeof input === 'function') {
      if (ticket.closedAt) throw new DomainError('action_not_available', 'This ticket is closed: it can only be read.');
      await input(scope);
    } else {
      assertAvailable(scope, input);
      const handler = HANDLERS[input.action] as (scope: ActionScope, input: AnyActionInput) => Promise<void>;
      await handler(scope, input);
    }
    const events = await refreshTicket(db, ticket, scope.dispatches, scope.events, scope.now, {
      handledByStaff: scope.acting.type === 'staff',
      unreadDelta: scope.acting.type === 'staff' ? 0 : 1,
      patch: scope.ticketPatch,
      reindex: typeof input !== 'function' && REINDEXING_ACTIONS.includes(input.action),
    });
    await queueMessages(db, ctx, { ticket, dispatches: scope.dispatches, parties: scope.parties }, events, scope.now);
    return { number: ticket.number, events, updatedAt: ticket.updatedAt };
  });
  ctx.live.publish({ organizationId, number: outcome.number, updatedAt: outcome.updatedAt.toISOString() });
  return outcome;
}

/** Runs a staff action (`POST /tickets/{number}/actions`). */
export function performAction(ctx: AppContext, actor: Actor, number: number, input: AnyActionInput): Promise<ActionOutcome> {
  return performActionAs(ctx, actor.organizationId, number, input, (db) => staffActing(db, actor, 'web'));
}
