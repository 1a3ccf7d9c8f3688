// GET /portal/tickets/{number}: one ticket as the resident reads it (404 when they may not). The
// resident's own reading marks it read: its unreadMessages still counts what was new when opened,
// after it the agency's messages before now are read. A staff preview writes nothing.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { markTicketRead } from '../db/repositories/portal-requests.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';
import { portalTicketDetail, type PortalTicket } from './portal-ticket-view.ts';

export async function getPortalTicket(ctx: AppContext, resident: Resident, number: number): Promise<PortalTicket> {
  const { viewer, ticket } = await visiblePortalTicket(ctx, resident, number);
  // The page says how many were new when it was opened; from then on they are read.
  const detail = await portalTicketDetail(ctx, viewer, ticket);
  if (!resident.previewByUserId) {
    await markTicketRead(ctx.db, { organizationId: resident.organizationId, personId: resident.personId, ticketId: ticket.id, readAt: ctx.clock.now() });
  }
  return detail;
}
