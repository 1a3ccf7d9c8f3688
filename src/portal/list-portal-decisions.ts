// GET /portal/decisions: the tickets on which a quote waits for the resident's decision.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { residentTicketCondition } from '../db/repositories/portal-tickets.ts';
import { residentTicketsAmong } from '../db/repositories/portal-requests.ts';
import { residentViewer } from './resident-viewer.ts';
import { portalTicketItems } from './portal-ticket-view.ts';

export async function listPortalDecisions(ctx: AppContext, resident: Resident) {
  const viewer = await residentViewer(ctx, resident);
  const rows = await residentTicketsAmong(ctx.db, residentTicketCondition(resident.organizationId, { personId: resident.personId, ...viewer }), viewer.approverTicketIds);
  const items = await portalTicketItems(ctx, viewer, rows);
  return { items: items.filter((i) => i.awaitingMyDecision) };
}
