// Time spent on a ticket: counted while a staff member has it open. The page sends `start`, a
// `heartbeat` every 30 seconds, and `stop`; a gap longer than a minute (a closed laptop) counts
// as one minute at most.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { recordHeartbeat, stopHeartbeat, findTicket } from '../db/repositories/tickets.ts';
import { visibleTicket } from './ticket-access.ts';

const MAX_GAP_SECONDS = 60;

/** Records one event of a staff member's viewing; returns the ticket's total seconds. */
export async function trackTime(ctx: AppContext, actor: Actor, number: number, event: 'start' | 'heartbeat' | 'stop'): Promise<number> {
  const ticket = await visibleTicket(ctx, actor, number);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (db) => {
    if (event === 'stop') await stopHeartbeat(db, ticket.id, actor.userId, now, MAX_GAP_SECONDS);
    else if (event === 'start') {
      await stopHeartbeat(db, ticket.id, actor.userId, now, 0);
      await recordHeartbeat(db, ticket.id, actor.userId, now, MAX_GAP_SECONDS);
    } else await recordHeartbeat(db, ticket.id, actor.userId, now, MAX_GAP_SECONDS);
  });
  return (await findTicket(ctx.db, actor.organizationId, number))!.timeSpentSeconds;
}
