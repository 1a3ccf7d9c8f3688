// GET /portal/tickets/{number}: one ticket as the resident reads it (404 when they may not).
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';
import { portalTicketDetail, type PortalTicket } from './portal-ticket-view.ts';

export async function getPortalTicket(ctx: AppContext, resident: Resident, number: number): Promise<PortalTicket> {
  const { viewer, ticket } = await visiblePortalTicket(ctx, resident, number);
  return portalTicketDetail(ctx, viewer, ticket);
}
