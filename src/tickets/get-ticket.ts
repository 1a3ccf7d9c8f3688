// One ticket with everything its page shows: parties, dispatches, documents, and the next steps.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { settingsOf } from '../domain/settings.ts';
import { availableActions } from '../domain/tickets/action-catalogue.ts';
import type { DispatchKind, DispatchState, TicketType } from '../domain/tickets/codes.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { dispatchesOf, partiesOf, eventsOf } from '../db/repositories/tickets.ts';
import { visibleTicket } from './ticket-access.ts';
import { propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { categoriesRepository } from '../db/repositories/settings.ts';
import { attachments } from '../db/schema/index.ts';

/** The ticket page's data. */
export async function getTicket(ctx: AppContext, actor: Actor, number: number) {
  const ticket = await visibleTicket(ctx, actor, number);
  const [organization, dispatches, parties, property, unit, category, assignee, createdBy, documents] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId),
    dispatchesOf(ctx.db, ticket.id),
    partiesOf(ctx.db, ticket.id),
    propertiesRepository.get(ctx.db, actor.organizationId, ticket.propertyId),
    ticket.unitId ? unitsRepository.get(ctx.db, actor.organizationId, ticket.unitId) : undefined,
    ticket.categoryId ? categoriesRepository.get(ctx.db, actor.organizationId, ticket.categoryId) : undefined,
    ticket.assigneeId ? findUser(ctx.db, actor.organizationId, ticket.assigneeId) : undefined,
    ticket.createdById ? findUser(ctx.db, actor.organizationId, ticket.createdById) : undefined,
    ctx.db.select().from(attachments).where(and(eq(attachments.ticketId, ticket.id), isNotNull(attachments.eventId))).orderBy(asc(attachments.createdAt)),
  ]);
  const next = availableActions(
    { type: ticket.type as TicketType, closed: ticket.closedAt !== null },
    dispatches.map((d) => ({ id: d.id, kind: d.kind as DispatchKind, state: d.state as DispatchState })),
  );
  return { ticket, organization: organization!, settings: settingsOf(organization!.settings), dispatches, parties, property: property!, unit, category, assignee, createdBy, documents, next, now: ctx.clock.now() };
}

/** A ticket's history, newest first, optionally only what concerns one party. */
export async function ticketEvents(ctx: AppContext, actor: Actor, number: number, only?: { dispatchId?: string; partyId?: string }) {
  const ticket = await visibleTicket(ctx, actor, number);
  const events = await eventsOf(ctx.db, ticket.id);
  const files = await ctx.db.select().from(attachments).where(eq(attachments.ticketId, ticket.id));
  const filtered = events.filter((e) => (!only?.dispatchId || e.dispatchId === only.dispatchId) && (!only?.partyId || e.partyId === only.partyId));
  return filtered.map((event) => ({ event, attachments: files.filter((f) => f.eventId === event.id) }));
}
