// A staff action (`POST /tickets/{number}/actions`) or a party's answer, through the one commit
// path: the catalogue says whether the action is available at this step, its handler changes the
// ticket and records events.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { dispatchActionAvailable, ticketActionAvailable, DISPATCH_LEVEL_ACTIONS, type StaffAction } from '../domain/tickets/action-catalogue.ts';
import type { EventRow } from '../db/repositories/tickets.ts';
import type { ActionScope} from './action-scope.ts';
import { type Acting } from './action-scope.ts';
import { changeTicket } from './change-ticket.ts';
import { staffViewer, type TicketViewer } from './ticket-access.ts';
import { staffActing } from './staff-acting.ts';
import { HANDLERS } from './actions/index.ts';
import type { AnyActionInput } from './action-inputs.ts';

// Actions that change what the search document is made of.
const REINDEXING_ACTIONS: readonly string[] = ['validate', 'edit', 'add_contractor', 'replace_contractor'];

export interface ActionOutcome {
  number: number;
  events: readonly EventRow[];
  updatedAt: Date;
}

function closed(): DomainError {
  return new DomainError('action_not_available', 'This ticket is closed: it can only be read.');
}

function assertAvailable(scope: ActionScope, input: AnyActionInput) {
  const action = input.action as StaffAction;
  const ticket = { type: scope.ticket.type, closed: scope.ticket.closedAt !== null, resolved: scope.ticket.resolvedAt !== null };
  const facts = scope.dispatches.map((d) => ({ id: d.id, kind: d.kind, state: d.state }));
  const dispatchId = 'dispatchId' in input ? input.dispatchId : undefined;
  const dispatch = dispatchId ? facts.find((d) => d.id === scope.dispatch(dispatchId).id) : undefined;
  const available = dispatch && DISPATCH_LEVEL_ACTIONS.includes(action)
    ? dispatchActionAvailable(action, ticket, dispatch)
    : ticketActionAvailable(action, ticket, facts);
  if (!available) {
    if (ticket.closed) throw new DomainError('action_not_available', closed().message, { action, status: scope.ticket.status, ...(dispatchId ? { dispatchId } : {}) });
    throw new DomainError('action_not_available', `"${action}" is not available at this step of the ticket.`, {
      action, status: scope.ticket.status, ...(dispatchId ? { dispatchId } : {}),
    });
  }
}

/** A step only a party takes (its page checked that it is available). */
export type PartyStep = (scope: ActionScope) => Promise<void>;

/** Runs an action as `acting` on ticket `number`: a staff action by name, or a party's own step. */
export async function performActionAs(
  ctx: AppContext,
  organizationId: string,
  number: number,
  input: AnyActionInput | PartyStep,
  acting: (db: AppContext['db']) => Promise<Acting> | Acting,
  viewer: TicketViewer,
): Promise<ActionOutcome> {
  const change = await changeTicket(ctx, {
    organizationId,
    target: { number },
    viewer,
    acting,
    reindex: typeof input !== 'function' && REINDEXING_ACTIONS.includes(input.action),
    async step(scope) {
      if (typeof input === 'function') {
        if (scope.ticket.closedAt) throw closed();
        await input(scope);
        return;
      }
      assertAvailable(scope, input);
      const handler = HANDLERS[input.action] as (scope: ActionScope, input: AnyActionInput) => Promise<void>;
      await handler(scope, input);
    },
  });
  return { number: change.ticket.number, events: change.events, updatedAt: change.ticket.updatedAt };
}

/** Runs a staff action (`POST /tickets/{number}/actions`). */
export async function performAction(ctx: AppContext, actor: Actor, number: number, input: AnyActionInput): Promise<ActionOutcome> {
  return performActionAs(ctx, actor.organizationId, number, input, (db) => staffActing(db, actor, 'web'), await staffViewer(ctx, actor));
}
