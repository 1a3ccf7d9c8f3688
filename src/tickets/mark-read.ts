// The assignee has read what parties sent: the ticket no longer needs action for that reason.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { DispatchKind, DispatchState, TicketType } from '../domain/tickets/codes.ts';
import { needsAction, waitingOn } from '../domain/tickets/ticket-status.ts';
import { dispatchesOf, findTicket, updateTicket } from '../db/repositories/tickets.ts';
import { visibleTicket } from './ticket-access.ts';

/** Clears the unread answers of a ticket (not its modification date: reading changes nothing). */
export async function markRead(ctx: AppContext, actor: Actor, number: number): Promise<void> {
  await visibleTicket(ctx, actor, number);
  await ctx.db.transaction(async (db) => {
    const ticket = (await findTicket(db, actor.organizationId, number, true))!;
    if (ticket.unreadCount === 0) return;
    const facts = { type: ticket.type as TicketType, closed: ticket.closedAt !== null, unreadCount: 0 };
    const states = (await dispatchesOf(db, ticket.id)).map((d) => ({ kind: d.kind as DispatchKind, state: d.state as DispatchState }));
    await updateTicket(db, ticket.id, { unreadCount: 0, needsAction: needsAction(facts, states), waitingOn: waitingOn(facts, states) });
  });
}
