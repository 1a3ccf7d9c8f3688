// SQL of bookings (DOMAIN.md §15): resources, their photos, links and closed periods, bookings
// and their locks — every query inside one organization. Two bookings never share a slot because
// the database refuses two locks of one key on overlapping times (booking_locks_no_overlap); the
// residents' resources go through the audience rule (audience-sql.ts) and their relations of today.
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { toolOnCondition } from './tool-on-sql.ts';
import type { Db } from '../connection.ts';
import { bookableResources, bookingLocks, bookings, personRelations, persons, portalAccounts, properties, resourceClosures, resourceLinks, resourcePhotos, units } from '../schema/index.ts';
import { audienceCondition } from './audience-sql.ts';
import type { ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import type { TimeRange } from '../../domain/bookings/booking-rules.ts';

export type ResourceRow = typeof bookableResources.$inferSelect;
export type PhotoRow = typeof resourcePhotos.$inferSelect;
export type LinkRow = typeof resourceLinks.$inferSelect;
export type ClosureRow = typeof resourceClosures.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;

/** The states that hold a slot (domain/bookings/booking-states.ts HOLDS_SLOT). */
const holding = inArray(bookings.state, ['pending', 'confirmed']);

const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];

// ---- resources ----

export async function insertResource(db: Db, row: typeof bookableResources.$inferInsert): Promise<ResourceRow> {
  const [written] = await db.insert(bookableResources).values(row).returning();
  return written!;
}

export async function updateResource(db: Db, organizationId: string, id: string, patch: Partial<typeof bookableResources.$inferInsert>): Promise<void> {
  await db.update(bookableResources).set(patch).where(and(eq(bookableResources.organizationId, organizationId), eq(bookableResources.id, id)));
}

export async function findResource(db: Db, organizationId: string, id: string): Promise<ResourceRow | undefined> {
  const [row] = await db.select().from(bookableResources).where(and(eq(bookableResources.organizationId, organizationId), eq(bookableResources.id, id))).limit(1);
  return row;
}

/** The lock on what a resource's bookings are checked against (its links, its closed periods),
 * for the transaction: a booking takes it shared (bookings go side by side; the exclusion
 * constraint sorts them out), linking resources or closing one takes it exclusive on every
 * resource it touches, in one order — so a booking never reads links or closures that are being
 * changed, and a change never misses a booking still being written. */
export async function lockResourceShape(db: Db, resourceIds: readonly string[], mode: 'shared' | 'exclusive'): Promise<void> {
  for (const id of [...new Set(resourceIds)].sort()) {
    if (mode === 'shared') await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext('booking-resource'), hashtext(${id}))`);
    else await db.execute(sql`select pg_advisory_xact_lock(hashtext('booking-resource'), hashtext(${id}))`);
  }
}

/** Bookings of one resource by one resident wait for each other (the limit per resident). */
export async function lockResidentOnResource(db: Db, resourceId: string, personId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${resourceId}), hashtext(${personId}))`);
}

export async function listResources(db: Db, organizationId: string, options: { propertyId?: string; ids?: readonly string[] } = {}): Promise<ResourceRow[]> {
  if (options.ids && options.ids.length === 0) return [];
  return db.select().from(bookableResources).where(and(
    eq(bookableResources.organizationId, organizationId),
    options.propertyId ? eq(bookableResources.propertyId, options.propertyId) : undefined,
    options.ids ? inArray(bookableResources.id, [...options.ids]) : undefined,
  )).orderBy(asc(bookableResources.name), asc(bookableResources.id));
}

/** The active resources a resident with these relations of today may book: of a property they
 * hold a relation with, and within the resource's audience when it has one. */
export async function residentResources(db: Db, organizationId: string, relations: readonly ResidentRelation[], id?: string): Promise<ResourceRow[]> {
  const held = [...new Set(relations.map((r) => r.propertyId))];
  if (held.length === 0) return [];
  return db.select().from(bookableResources).where(and(
    eq(bookableResources.organizationId, organizationId),
    eq(bookableResources.active, true),
    inArray(bookableResources.propertyId, held),
    or(isNull(bookableResources.audience), audienceCondition(sql`${bookableResources.audience}`, relations)),
    id ? eq(bookableResources.id, id) : undefined,
  )).orderBy(asc(bookableResources.name), asc(bookableResources.id));
}

export async function propertyOf(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(properties).where(and(eq(properties.organizationId, organizationId), eq(properties.id, id))).limit(1);
  return row;
}

/** Of these units, those of the property. */
export async function unitsOfProperty(db: Db, organizationId: string, propertyId: string, unitIds: readonly string[]): Promise<{ id: string }[]> {
  if (unitIds.length === 0) return [];
  return db.select({ id: units.id }).from(units).where(and(eq(units.organizationId, organizationId), eq(units.propertyId, propertyId), inArray(units.id, [...unitIds])));
}

// ---- photos ----

export async function photosOf(db: Db, organizationId: string, resourceIds: readonly string[]): Promise<PhotoRow[]> {
  if (resourceIds.length === 0) return [];
  return db.select().from(resourcePhotos).where(and(eq(resourcePhotos.organizationId, organizationId), inArray(resourcePhotos.resourceId, [...resourceIds]))).orderBy(resourcePhotos.createdAt, resourcePhotos.id);
}

export async function insertPhotos(db: Db, rows: (typeof resourcePhotos.$inferInsert)[]): Promise<PhotoRow[]> {
  return rows.length > 0 ? db.insert(resourcePhotos).values(rows).returning() : [];
}

export async function deletePhoto(db: Db, organizationId: string, resourceId: string, id: string): Promise<PhotoRow | undefined> {
  const [row] = await db.delete(resourcePhotos).where(and(eq(resourcePhotos.organizationId, organizationId), eq(resourcePhotos.resourceId, resourceId), eq(resourcePhotos.id, id))).returning();
  return row;
}

// ---- links ----

/** The links any of these resources is part of. */
export async function linksOf(db: Db, organizationId: string, resourceIds: readonly string[]): Promise<LinkRow[]> {
  if (resourceIds.length === 0) return [];
  const ids = [...resourceIds];
  return db.select().from(resourceLinks).where(and(eq(resourceLinks.organizationId, organizationId), or(inArray(resourceLinks.resourceId, ids), inArray(resourceLinks.blocksResourceId, ids))));
}

export async function insertLink(db: Db, row: typeof resourceLinks.$inferInsert): Promise<LinkRow> {
  const [written] = await db.insert(resourceLinks).values(row).returning();
  return written!;
}

/** Deletes a link and the locks taken under its key. */
export async function deleteLink(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(bookingLocks).where(eq(bookingLocks.lockKey, id));
  await db.delete(resourceLinks).where(and(eq(resourceLinks.organizationId, organizationId), eq(resourceLinks.id, id)));
}

// ---- closures ----

export async function closuresOf(db: Db, organizationId: string, resourceIds: readonly string[], after?: Date): Promise<ClosureRow[]> {
  if (resourceIds.length === 0) return [];
  return db.select().from(resourceClosures).where(and(
    eq(resourceClosures.organizationId, organizationId), inArray(resourceClosures.resourceId, [...resourceIds]), after ? gt(resourceClosures.endsAt, after) : undefined,
  )).orderBy(asc(resourceClosures.startsAt));
}

export async function insertClosure(db: Db, row: typeof resourceClosures.$inferInsert): Promise<ClosureRow> {
  const [written] = await db.insert(resourceClosures).values(row).returning();
  return written!;
}

export async function deleteClosure(db: Db, organizationId: string, resourceId: string, id: string): Promise<ClosureRow | undefined> {
  const [row] = await db.delete(resourceClosures).where(and(eq(resourceClosures.organizationId, organizationId), eq(resourceClosures.resourceId, resourceId), eq(resourceClosures.id, id))).returning();
  return row;
}

// ---- bookings and locks ----

export async function insertBooking(db: Db, row: typeof bookings.$inferInsert): Promise<BookingRow> {
  const [written] = await db.insert(bookings).values(row).returning();
  return written!;
}

/** The booking's locks, one per key, on [start, end + buffer): refused (23P01) when one overlaps. */
export async function insertLocks(db: Db, bookingId: string, keys: readonly string[], held: TimeRange): Promise<void> {
  for (const key of keys) {
    await db.insert(bookingLocks).values({ bookingId, lockKey: key, during: sql`tstzrange(${held.start.toISOString()}::timestamptz, ${held.end.toISOString()}::timestamptz, '[)')` as never });
  }
}

export async function deleteLocks(db: Db, bookingId: string): Promise<void> {
  await db.delete(bookingLocks).where(eq(bookingLocks.bookingId, bookingId));
}

export async function findBooking(db: Db, organizationId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<BookingRow | undefined> {
  const query = db.select().from(bookings).where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id))).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateBooking(db: Db, organizationId: string, id: string, patch: Partial<typeof bookings.$inferInsert>): Promise<BookingRow | undefined> {
  const [row] = await db.update(bookings).set(patch).where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id))).returning();
  return row;
}

/** The held times (with buffers) of the locks of these keys that overlap [from, to). */
export async function takenRanges(db: Db, keys: readonly string[], from: Date, to: Date): Promise<TimeRange[]> {
  if (keys.length === 0) return [];
  const result = await db.execute(sql`select lower(during) as start, upper(during) as "end" from booking_locks
    where lock_key in (${sql.join(keys.map((k) => sql`${k}::uuid`), sql`, `)}) and during && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`);
  return rowsOf<{ start: string | Date; end: string | Date }>(result).map((r) => ({ start: new Date(r.start), end: new Date(r.end) }));
}

/** The resident's bookings of the resource that hold a slot, starting after `since` (the limit's periods). */
export async function residentHeldBookings(db: Db, organizationId: string, resourceId: string, personId: string, since: Date): Promise<TimeRange[]> {
  const rows = await db.select({ start: bookings.startsAt, end: bookings.endsAt }).from(bookings)
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.resourceId, resourceId), eq(bookings.personId, personId), holding, gte(bookings.startsAt, since)));
  return rows;
}

/** Bookings of the resource holding a slot that overlap [start, end): those a closed period cancels. */
export async function heldBookingsWithin(db: Db, organizationId: string, resourceId: string, range: TimeRange): Promise<BookingRow[]> {
  return db.select().from(bookings).where(and(
    eq(bookings.organizationId, organizationId), eq(bookings.resourceId, resourceId), holding, lt(bookings.startsAt, range.end), gt(bookings.endsAt, range.start),
  )).for('update');
}

/** Bookings of these resources holding a slot and not over at `now` (new links lock them too). */
export async function heldBookingsOf(db: Db, organizationId: string, resourceIds: readonly string[], now: Date): Promise<BookingRow[]> {
  if (resourceIds.length === 0) return [];
  return db.select().from(bookings).where(and(eq(bookings.organizationId, organizationId), inArray(bookings.resourceId, [...resourceIds]), holding, gt(bookings.endsAt, now)));
}

export interface BookingListRow extends BookingRow {
  resourceName: string;
  propertyId: string;
  personName: string;
}

const listColumns = {
  booking: bookings,
  resourceName: bookableResources.name,
  propertyId: bookableResources.propertyId,
  personName: persons.name,
};

function flatten(rows: { booking: BookingRow; resourceName: string; propertyId: string; personName: string }[]): BookingListRow[] {
  return rows.map((r) => ({ ...r.booking, resourceName: r.resourceName, propertyId: r.propertyId, personName: r.personName }));
}

/** The bookings of a property (or of the agency) that overlap [from, to), by start. */
export async function staffBookings(db: Db, organizationId: string, options: { propertyId?: string; resourceId?: string; from: Date; to: Date; states?: readonly string[] }): Promise<BookingListRow[]> {
  const rows = await db.select(listColumns).from(bookings)
    .innerJoin(bookableResources, eq(bookableResources.id, bookings.resourceId))
    .innerJoin(persons, eq(persons.id, bookings.personId))
    .where(and(
      eq(bookings.organizationId, organizationId),
      options.propertyId ? eq(bookableResources.propertyId, options.propertyId) : undefined,
      options.resourceId ? eq(bookings.resourceId, options.resourceId) : undefined,
      options.states && options.states.length > 0 ? inArray(bookings.state, [...options.states] as never) : undefined,
      lt(bookings.startsAt, options.to), gt(bookings.endsAt, options.from),
    )).orderBy(asc(bookings.startsAt), asc(bookings.id)).limit(2000);
  return flatten(rows);
}

export async function bookingWithNames(db: Db, organizationId: string, id: string): Promise<BookingListRow | undefined> {
  const rows = await db.select(listColumns).from(bookings)
    .innerJoin(bookableResources, eq(bookableResources.id, bookings.resourceId))
    .innerJoin(persons, eq(persons.id, bookings.personId))
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id))).limit(1);
  return flatten(rows)[0];
}

/** The resident's bookings: upcoming (not over at `now`, soonest first) or past (latest first). */
export async function personBookings(db: Db, organizationId: string, personId: string, when: 'upcoming' | 'past', now: Date, limit: number): Promise<BookingListRow[]> {
  const rows = await db.select(listColumns).from(bookings)
    .innerJoin(bookableResources, eq(bookableResources.id, bookings.resourceId))
    .innerJoin(persons, eq(persons.id, bookings.personId))
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.personId, personId), when === 'upcoming' ? gt(bookings.endsAt, now) : lte(bookings.endsAt, now)))
    .orderBy(...(when === 'upcoming' ? [asc(bookings.startsAt)] : [desc(bookings.startsAt)]), asc(bookings.id)).limit(limit);
  return flatten(rows);
}

/** Confirmed bookings starting in (now, until] not reminded yet, and confirmed more than `hours`
 * before their start (one confirmed later got its .ics with the confirmation), locked for this
 * pass (others skip them). */
export async function lockDueReminders(db: Db, now: Date, until: Date, hours: number, limit: number): Promise<BookingRow[]> {
  return db.select().from(bookings).where(and(
    eq(bookings.state, 'confirmed'), isNull(bookings.reminderSentAt), gt(bookings.startsAt, now), lte(bookings.startsAt, until),
    sql`coalesce(${bookings.decidedAt}, ${bookings.createdAt}) < ${bookings.startsAt} - make_interval(hours => ${hours}::int)`,
    toolOnCondition(bookings.organizationId, 'bookings'),
  )).orderBy(asc(bookings.startsAt)).limit(limit).for('update', { skipLocked: true });
}

/** The person as a booking's messages need them: their portal account's address and language first. */
export async function bookingPerson(db: Db, organizationId: string, personId: string) {
  const [row] = await db.select({ id: persons.id, name: persons.name, emails: persons.emails, language: persons.language, accountEmail: portalAccounts.email, accountLanguage: portalAccounts.language })
    .from(persons).leftJoin(portalAccounts, eq(portalAccounts.personId, persons.id))
    .where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId))).limit(1);
  if (!row) return undefined;
  return { id: row.id, name: row.name, email: row.accountEmail ?? row.emails[0] ?? null, language: row.accountLanguage ?? row.language };
}

/** The persons holding a relation with the property on `today` (YYYY-MM-DD), by name: those a manager books for. */
export async function propertyResidents(db: Db, organizationId: string, propertyId: string, today: string): Promise<{ id: string; name: string }[]> {
  return db.selectDistinct({ id: persons.id, name: persons.name }).from(persons)
    .innerJoin(personRelations, eq(personRelations.personId, persons.id))
    .where(and(
      eq(persons.organizationId, organizationId), eq(personRelations.propertyId, propertyId),
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    )).orderBy(asc(persons.name), asc(persons.id)).limit(2000);
}
