// The ticket `number` as a resident may read it, or 404 exactly as a ticket that does not exist:
// the one access policy (maySeeTicket) with the resident as viewer, read now.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { notFound } from '../domain/errors.ts';
import { findTicket, type TicketRow } from '../db/repositories/tickets.ts';
import { maySeeTicket, type ResidentViewer } from '../tickets/ticket-access.ts';
import { residentViewer } from './resident-viewer.ts';

export async function visiblePortalTicket(ctx: AppContext, resident: Resident, number: number): Promise<{ viewer: ResidentViewer; ticket: TicketRow }> {
  const [viewer, ticket] = await Promise.all([residentViewer(ctx, resident), findTicket(ctx.db, resident.organizationId, number)]);
  if (!ticket || !maySeeTicket(viewer, ticket)) throw notFound('Ticket');
  return { viewer, ticket };
}
