// Who may see and change a ticket: the one access policy every ticket use case asks (routes do
// not). Staff see their agency's tickets — external agents only those assigned to them; a party
// (contractor, approver) only the ticket its link was made for; the automation every ticket.
// A ticket someone may not see is indistinguishable from one that does not exist (404).
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { findTicket, type TicketRow } from '../db/repositories/tickets.ts';

/** Who is asking, as the policy sees them. */
export type TicketViewer =
  | { type: 'staff'; actor: Actor }
  | { type: 'party'; organizationId: string; ticketId: string }
  | { type: 'system' };

function externalOnly(actor: Actor): boolean {
  return actor.roles.length > 0 && actor.roles.every((r) => r === 'external_agent');
}

/** Whether `viewer` may see this ticket. */
export function maySeeTicket(viewer: TicketViewer, ticket: Pick<TicketRow, 'id' | 'organizationId' | 'assigneeId'>): boolean {
  switch (viewer.type) {
    case 'system':
      return true;
    case 'party':
      return viewer.organizationId === ticket.organizationId && viewer.ticketId === ticket.id;
    case 'staff':
      return viewer.actor.organizationId === ticket.organizationId && (!externalOnly(viewer.actor) || ticket.assigneeId === viewer.actor.userId);
  }
}

/** Whether `viewer` may change this ticket (today: whoever may see it; the routes already
 * required the right to work tickets). */
export function mayChangeTicket(viewer: TicketViewer, ticket: Pick<TicketRow, 'id' | 'organizationId' | 'assigneeId'>): boolean {
  return maySeeTicket(viewer, ticket);
}

/** The ticket `number` of the actor's agency, or 404 unless they may see it. */
export async function visibleTicket(ctx: AppContext | { db: Db }, actor: Actor, number: number): Promise<TicketRow> {
  const ticket = await findTicket(ctx.db, actor.organizationId, number);
  if (!ticket || !maySeeTicket({ type: 'staff', actor }, ticket)) throw notFound('Ticket');
  return ticket;
}
