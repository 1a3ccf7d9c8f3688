// A staff action (`POST /tickets/{number}/actions`) or a party's answer, through the one commit
// path: the catalogue says whether the action is available at this step, its handler changes the
// ticket and records events.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { INCIDENT_ACTIONS, type IncidentAction } from '../domain/tickets/action-catalogue.ts';
import { findTicket, type EventRow } from '../db/repositories/tickets.ts';
import type { ActionScope, Acting } from './action-scope.ts';
import { assertAvailable, closed } from './assert-available.ts';
import { performIncidentAction, closeIncident } from './incidents/incident-actions.ts';
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
      if (isIncidentAction(input)) throw new DomainError('action_not_available', `"${input.action}" changes two tickets: it is a staff action only.`, { action: input.action });
      // Reports linked between the check in performAction and this lock: closing must close them too.
      if (input.action === 'close' && scope.ticket.incidentReportCount > 0) throw new DomainError('conflict', 'Reports were just linked to this ticket: close it again to close them with it.');
      const handler = HANDLERS[input.action] as (scope: ActionScope, input: AnyActionInput) => Promise<void>;
      await handler(scope, input);
    },
  });
  return { number: change.ticket.number, events: change.events, updatedAt: change.ticket.updatedAt };
}

const isIncidentAction = (input: AnyActionInput): input is Extract<AnyActionInput, { action: IncidentAction }> => (INCIDENT_ACTIONS as readonly string[]).includes(input.action);

/** Runs a staff action (`POST /tickets/{number}/actions`). An incident's actions, and closing an
 * incident, change it and its reports in one transaction (incidents/incident-actions.ts). */
export async function performAction(ctx: AppContext, actor: Actor, number: number, input: AnyActionInput): Promise<ActionOutcome> {
  if (isIncidentAction(input)) return performIncidentAction(ctx, actor, number, input);
  if (input.action === 'close' && ((await findTicket(ctx.db, actor.organizationId, number))?.incidentReportCount ?? 0) > 0) return closeIncident(ctx, actor, number, input);
  return performActionAs(ctx, actor.organizationId, number, input, (db) => staffActing(db, actor, 'web'), await staffViewer(ctx, actor));
}
