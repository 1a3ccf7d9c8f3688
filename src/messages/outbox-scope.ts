// Whose messages a reader of the outbox sees: those of the tickets in their scope (an assistant,
// the properties they assist and what is assigned to them); app admins, who run the outbox and
// its transports, every message of the agency.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { ticketScope, type TicketScope } from '../tickets/ticket-access.ts';

/** The outbox reader's scope, as the ticket access policy gives it. */
export async function outboxScope(ctx: AppContext, actor: Actor): Promise<TicketScope> {
  const scope = await ticketScope(ctx.db, actor, ctx.clock.now());
  return scope.kind === 'none' ? { kind: 'all' } : scope;
}
