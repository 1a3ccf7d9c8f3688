// GET /portal/tickets: the tickets a resident sees (their own, and what the visibility rules open
// to their relations of today), newest change first, a page at a time.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { residentTicketCondition } from '../db/repositories/portal-tickets.ts';
import { residentTicketsPage } from '../db/repositories/portal-requests.ts';
import { residentViewer } from './resident-viewer.ts';
import { portalTicketItems } from './portal-ticket-view.ts';

const PAGE_SIZE = 25;

export async function listPortalTickets(ctx: AppContext, resident: Resident, cursor?: string) {
  const viewer = await residentViewer(ctx, resident);
  const page = await residentTicketsPage(ctx.db, residentTicketCondition(resident.organizationId, { personId: resident.personId, ...viewer }), PAGE_SIZE, cursor);
  return { items: await portalTicketItems(ctx, viewer, page.items), nextCursor: page.nextCursor };
}
