// The tickets a report may duplicate (DOMAIN.md §12): open tickets of the same place (property,
// and the same unit or the common parts) and category, requested in the window before it
// (incident-rules.ts), and open incidents of that place and category whatever their age; open
// incidents first. Within what the reader may see.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { SUGGESTION_LIMIT, SUGGESTION_WINDOW_HOURS } from '../../domain/tickets/incident-rules.ts';
import { duplicateCandidates } from '../../db/repositories/incidents.ts';
import { ticketScope, visibleTicket } from '../ticket-access.ts';

/** The candidates for ticket `number`; none for a ticket closed, linked, an incident itself, or without place or category. */
export async function duplicateSuggestions(ctx: AppContext, actor: Actor, number: number) {
  const ticket = await visibleTicket(ctx, actor, number);
  if (ticket.closedAt || ticket.incidentId || ticket.incidentReportCount > 0 || !ticket.propertyId || !ticket.categoryId) return [];
  const access = await ticketScope(ctx.db, actor, ctx.clock.now());
  return duplicateCandidates(ctx.db, {
    organizationId: actor.organizationId, access, ticketId: ticket.id, propertyId: ticket.propertyId, unitId: ticket.unitId, categoryId: ticket.categoryId,
    since: new Date(ticket.requestedAt.getTime() - SUGGESTION_WINDOW_HOURS * 3_600_000), until: ticket.requestedAt, limit: SUGGESTION_LIMIT,
  });
}
