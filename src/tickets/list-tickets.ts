// The ticket list (`GET /tickets`): the staff member's scope, filters and search, one page.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { searchQuery } from '../domain/search-text.ts';
import { startOfDay } from '../domain/time-zone.ts';
import { settingsOf } from '../domain/settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { ticketScope } from './ticket-access.ts';
import { listTickets, mineAssigneeIds, type TicketListQuery } from '../db/repositories/ticket-list.ts';

export { EXCERPT_LENGTH } from '../db/repositories/ticket-list.ts';

export type ListFilters = Omit<TicketListQuery, 'organizationId' | 'access' | 'assigneeIds' | 'search' | 'todayStart'> & { mine?: boolean; q?: string };

/** A page of tickets as the list shows them. */
export async function listTicketsFor(ctx: AppContext, actor: Actor, filters: ListFilters) {
  const now = ctx.clock.now();
  const { mine, q, ...rest } = filters;
  // The same scope as every other ticket use case (ticket-access.ts), as a where clause.
  const [organization, scope, assigneeIds] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId),
    ticketScope(ctx.db, actor, now),
    mine ? mineAssigneeIds(ctx.db, actor.organizationId, actor.userId, now) : undefined,
  ]);
  const tsquery = q ? searchQuery(q) : undefined;
  const number = q && /^\s*#?\d{1,9}\s*$/.test(q) ? Number(q.replace(/\D/g, '')) : undefined;
  const page = await listTickets(ctx.db, {
    ...rest,
    organizationId: actor.organizationId,
    access: scope,
    assigneeIds,
    search: tsquery ? { tsquery, number } : undefined,
    // Only "today" needs the time zone's arithmetic (Intl formatters, not free on every request).
    todayStart: rest.scope === 'today' ? startOfDay(now, organization!.timezone) : undefined,
  });
  return { ...page, now, settings: settingsOf(organization!.settings), currency: organization!.currency };
}
