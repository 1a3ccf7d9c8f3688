// SQL of the portal's tickets beyond visibility (portal-tickets.ts): the page of a resident's
// tickets newest change first, what their cards and pages read (parties, message events, feedback,
// names of places, when the resident last opened them), the requests a person filed today, and a unit's owner with a mandate threshold.
import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { decodeCursor, pageOf, type Page } from '../pagination.ts';
import { categories, personRelations, persons, portalTicketReads, properties, ticketEvents, ticketFeedback, tickets, units } from '../schema/index.ts';
import type { TicketRow, EventRow } from './tickets.ts';

export type PersonRow = typeof persons.$inferSelect;
export type FeedbackRow = typeof ticketFeedback.$inferSelect;

/** The agency's persons of these ids. */
export function personsByIds(db: Db, organizationId: string, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(persons).where(and(eq(persons.organizationId, organizationId), inArray(persons.id, [...ids])));
}

/** A page of the tickets `visible` lets through, newest change first (keyset on updated_at, id). */
export async function residentTicketsPage(db: Db, visible: SQL, limit: number, cursor?: string): Promise<Page<TicketRow>> {
  const key = decodeCursor(cursor, { time: true });
  const after = key ? or(lt(tickets.updatedAt, new Date(key.s)), and(eq(tickets.updatedAt, new Date(key.s)), lt(tickets.id, key.id))) : undefined;
  const rows = await db
    .select()
    .from(tickets)
    .where(and(visible, after))
    .orderBy(desc(tickets.updatedAt), desc(tickets.id))
    .limit(limit + 1);
  return pageOf(rows, limit, (t) => t.updatedAt.toISOString());
}

/** The tickets `visible` lets through among these ids (the decisions awaiting a resident). */
export function residentTicketsAmong(db: Db, visible: SQL, ids: readonly string[]): Promise<TicketRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(tickets).where(and(visible, inArray(tickets.id, [...ids]))).orderBy(desc(tickets.updatedAt), desc(tickets.id));
}

/** The messages of these parties' threads on these tickets (sent to them or received from them), oldest first. */
export function threadEventsOf(db: Db, ticketIds: readonly string[], partyIds: readonly string[]): Promise<EventRow[]> {
  if (ticketIds.length === 0 || partyIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(ticketEvents)
    .where(and(inArray(ticketEvents.ticketId, [...ticketIds]), inArray(ticketEvents.partyId, [...partyIds]), inArray(ticketEvents.type, ['message_sent', 'message_received']), eq(ticketEvents.internal, false)))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.seq));
}

/** The incident's updates relayed on these tickets (a resident's own reports grouped in an incident). */
export function incidentUpdatesOf(db: Db, ticketIds: readonly string[]): Promise<EventRow[]> {
  if (ticketIds.length === 0) return Promise.resolve([]);
  return db.select().from(ticketEvents)
    .where(and(inArray(ticketEvents.ticketId, [...ticketIds]), eq(ticketEvents.type, 'incident_update_relayed'), eq(ticketEvents.internal, false)))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.seq));
}

/** The feedback given on these tickets. */
export function feedbackOfTickets(db: Db, ticketIds: readonly string[]): Promise<FeedbackRow[]> {
  if (ticketIds.length === 0) return Promise.resolve([]);
  return db.select().from(ticketFeedback).where(inArray(ticketFeedback.ticketId, [...ticketIds]));
}

/** When the person last opened these tickets in the portal, by ticket id. */
export async function ticketReadsOf(db: Db, organizationId: string, personId: string, ticketIds: readonly string[]): Promise<Map<string, Date>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await db
    .select({ ticketId: portalTicketReads.ticketId, readAt: portalTicketReads.readAt })
    .from(portalTicketReads)
    .where(and(eq(portalTicketReads.organizationId, organizationId), eq(portalTicketReads.personId, personId), inArray(portalTicketReads.ticketId, [...ticketIds])));
  return new Map(rows.map((r) => [r.ticketId, r.readAt]));
}

/** Records that the person opened the ticket now (one row per person and ticket, moved forward). */
export async function markTicketRead(db: Db, row: { organizationId: string; personId: string; ticketId: string; readAt: Date }): Promise<void> {
  await db
    .insert(portalTicketReads)
    .values(row)
    .onConflictDoUpdate({ target: [portalTicketReads.personId, portalTicketReads.ticketId], set: { readAt: sql`greatest(${portalTicketReads.readAt}, excluded.read_at)` } });
}

/** Names of the properties and units of these tickets. */
export async function placeNames(db: Db, organizationId: string, propertyIds: readonly string[], unitIds: readonly string[]) {
  const [props, unitRows] = await Promise.all([
    propertyIds.length ? db.select({ id: properties.id, name: properties.name, addressLine: properties.addressLine, postalCode: properties.postalCode, city: properties.city }).from(properties).where(and(eq(properties.organizationId, organizationId), inArray(properties.id, [...propertyIds]))) : [],
    unitIds.length ? db.select({ id: units.id, reference: units.reference }).from(units).where(and(eq(units.organizationId, organizationId), inArray(units.id, [...unitIds]))) : [],
  ]);
  return { properties: new Map(props.map((p) => [p.id, p])), units: new Map(unitRows.map((u) => [u.id, u.reference])) };
}

/** The category's id and name. */
export async function categoryName(db: Db, organizationId: string, id: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db.select({ id: categories.id, name: categories.name }).from(categories).where(and(eq(categories.organizationId, organizationId), eq(categories.id, id))).limit(1);
  return row;
}

/** The agency's active categories, by name. */
export function activeCategories(db: Db, organizationId: string) {
  return db.select().from(categories).where(and(eq(categories.organizationId, organizationId), eq(categories.active, true))).orderBy(asc(categories.name));
}

/** Holds the person's portal requests until the transaction ends: a transaction-scoped advisory
 * lock keyed on the person, so the daily count and the creation hold together. */
export async function lockPersonRequests(db: Db, personId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`portal_requests:${personId}`}, 0))`);
}

/** How many requests the person filed through the portal since `since`. */
export async function portalRequestsSince(db: Db, organizationId: string, personId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.requesterPersonId, personId), eq(tickets.source, 'portal'), gte(tickets.createdAt, since)));
  return Number(row?.n ?? 0);
}

/** The unit's current owner (gérance) who set a mandate threshold, if any. */
export async function unitOwnerWithThreshold(db: Db, organizationId: string, unitId: string, today: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select({ person: persons })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(
      and(
        eq(personRelations.organizationId, organizationId),
        eq(personRelations.unitId, unitId),
        eq(personRelations.kind, 'owner'),
        or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
        or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
        sql`${persons.mandateThresholdCents} is not null`,
      ),
    )
    .orderBy(asc(personRelations.createdAt))
    .limit(1);
  return row?.person;
}
