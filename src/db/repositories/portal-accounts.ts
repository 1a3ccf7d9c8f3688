// SQL for the residents' portal accounts and their secrets (invitations, sign-in links, password
// resets, letter and unit codes: only hashes stored), and what staff read of residents.
import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { companies, companyMembers, personRelations, persons, portalAccounts, portalTokens, properties, tickets, units } from '../schema/index.ts';
import type { PortalTokenPurpose } from '../../domain/portal/portal-codes.ts';
import type { PortalStatus, RelationKind } from '../../domain/master-data.ts';

export type PortalAccountRow = typeof portalAccounts.$inferSelect;
export type PortalTokenRow = typeof portalTokens.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

/** The accounts of every agency signing in with this email (lower-cased), newest sign-in first. */
export function accountsByEmail(db: Db, email: string) {
  return db
    .select()
    .from(portalAccounts)
    .where(eq(sql`lower(${portalAccounts.email})`, email.trim().toLowerCase()))
    .orderBy(sql`${portalAccounts.lastSignInAt} desc nulls last`, asc(portalAccounts.createdAt));
}

/** The account of a person, if any. */
export async function accountOfPerson(db: Db, organizationId: string, personId: string): Promise<PortalAccountRow | undefined> {
  const [row] = await db.select().from(portalAccounts).where(and(eq(portalAccounts.organizationId, organizationId), eq(portalAccounts.personId, personId))).limit(1);
  return row;
}

/** The account of the agency using this email (lower-cased), if any. */
export async function accountWithEmail(db: Db, organizationId: string, email: string): Promise<PortalAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(portalAccounts)
    .where(and(eq(portalAccounts.organizationId, organizationId), eq(sql`lower(${portalAccounts.email})`, email.trim().toLowerCase())))
    .limit(1);
  return row;
}

export async function findAccount(db: Db, organizationId: string, id: string): Promise<PortalAccountRow | undefined> {
  const [row] = await db.select().from(portalAccounts).where(and(eq(portalAccounts.organizationId, organizationId), eq(portalAccounts.id, id))).limit(1);
  return row;
}

export async function insertAccount(db: Db, row: typeof portalAccounts.$inferInsert): Promise<PortalAccountRow> {
  const [created] = await db.insert(portalAccounts).values(row).returning();
  return created!;
}

export async function updateAccount(db: Db, id: string, patch: Partial<typeof portalAccounts.$inferInsert>): Promise<PortalAccountRow> {
  const [updated] = await db.update(portalAccounts).set(patch).where(eq(portalAccounts.id, id)).returning();
  return updated!;
}

/** One person of the agency. */
export async function findPerson(db: Db, organizationId: string, personId: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(persons).where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId))).limit(1);
  return row;
}

/** Sets a person's portal status (and optionally their emails). */
export async function setPortalStatus(db: Db, personId: string, portalStatus: PortalStatus, now: Date, emails?: string[]) {
  await db.update(persons).set({ portalStatus, updatedAt: now, ...(emails ? { emails } : {}) }).where(eq(persons.id, personId));
}

export async function insertPortalToken(db: Db, row: typeof portalTokens.$inferInsert): Promise<PortalTokenRow> {
  const [created] = await db.insert(portalTokens).values(row).returning();
  return created!;
}

/** The secret with this hash (any agency: the hash is the key), for one of `purposes`. */
export async function tokenByHash(db: Db, secretHash: string, purposes: readonly PortalTokenPurpose[]): Promise<PortalTokenRow | undefined> {
  const [row] = await db.select().from(portalTokens).where(and(eq(portalTokens.secretHash, secretHash), inArray(portalTokens.purpose, [...purposes]))).limit(1);
  return row;
}

export async function findPortalToken(db: Db, id: string): Promise<PortalTokenRow | undefined> {
  const [row] = await db.select().from(portalTokens).where(eq(portalTokens.id, id)).limit(1);
  return row;
}

/** Gives a still-usable secret a new hash (a fresh secret each time its email leaves); false when it is not usable any more. */
export async function rotateLiveToken(db: Db, id: string, secretHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(portalTokens)
    .set({ secretHash })
    .where(and(eq(portalTokens.id, id), isNull(portalTokens.usedAt), isNull(portalTokens.revokedAt), or(isNull(portalTokens.expiresAt), gt(portalTokens.expiresAt, now))))
    .returning({ id: portalTokens.id });
  return rows.length > 0;
}

/** Marks a secret used, once: false when it already was (two uses cannot both succeed). */
export async function markTokenUsed(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db.update(portalTokens).set({ usedAt: now }).where(and(eq(portalTokens.id, id), isNull(portalTokens.usedAt))).returning({ id: portalTokens.id });
  return rows.length > 0;
}

/** Notes the first use of a code that stays valid (letters and unit codes register several occupants). */
export async function noteCodeUsed(db: Db, id: string, now: Date) {
  await db.update(portalTokens).set({ usedAt: now }).where(and(eq(portalTokens.id, id), isNull(portalTokens.usedAt)));
}

/** Revokes the open secrets of a person for the given purposes (all when none given). */
export async function revokePersonTokens(db: Db, organizationId: string, personId: string, now: Date, purposes?: readonly PortalTokenPurpose[]) {
  await db
    .update(portalTokens)
    .set({ revokedAt: now })
    .where(and(
      eq(portalTokens.organizationId, organizationId), eq(portalTokens.personId, personId), isNull(portalTokens.usedAt), isNull(portalTokens.revokedAt),
      purposes ? inArray(portalTokens.purpose, [...purposes]) : undefined,
    ));
}

/** Revokes a unit's codes of one purpose. */
export async function revokeUnitCodes(db: Db, organizationId: string, unitId: string, purpose: 'letter_code' | 'unit_code', now: Date) {
  await db
    .update(portalTokens)
    .set({ revokedAt: now })
    .where(and(eq(portalTokens.organizationId, organizationId), eq(portalTokens.unitId, unitId), eq(portalTokens.purpose, purpose), isNull(portalTokens.revokedAt)));
}

/** The latest invitation of each person given. */
export async function latestInvitations(db: Db, organizationId: string, personIds: string[]): Promise<Map<string, PortalTokenRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(portalTokens)
    .where(and(eq(portalTokens.organizationId, organizationId), eq(portalTokens.purpose, 'invitation'), inArray(portalTokens.personId, personIds)))
    .orderBy(desc(portalTokens.createdAt));
  const latest = new Map<string, PortalTokenRow>();
  for (const row of rows) if (row.personId && !latest.has(row.personId)) latest.set(row.personId, row);
  return latest;
}

/** Invitations still open whose next reminder is due (sent or last reminded before `before`), locked so that two passes never send one twice. */
export function lockDueInvitationReminders(db: Db, before: Date, now: Date, max: number, limit: number) {
  return db
    .select()
    .from(portalTokens)
    .where(and(
      eq(portalTokens.purpose, 'invitation'), isNull(portalTokens.usedAt), isNull(portalTokens.revokedAt), gt(portalTokens.expiresAt, now),
      sql`${portalTokens.remindersSent} < ${max}`,
      sql`coalesce(${portalTokens.lastRemindedAt}, ${portalTokens.createdAt}) <= ${before.toISOString()}`,
    ))
    .orderBy(asc(portalTokens.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Counts one more reminder of an invitation. */
export async function countReminder(db: Db, id: string, now: Date) {
  await db.update(portalTokens).set({ remindersSent: sql`${portalTokens.remindersSent} + 1`, lastRemindedAt: now }).where(eq(portalTokens.id, id));
}

/** The places of a person's current relations, with the property's and unit's names. */
export async function placesOf(db: Db, organizationId: string, personIds: string[], today: string) {
  if (personIds.length === 0) return [];
  const [held, premises] = await Promise.all([heldPlaces(db, organizationId, personIds, today), companyPremisesOf(db, organizationId, personIds)]);
  if (premises.length === 0) return held;
  return [...held, ...premises].sort((a, b) => a.propertyName.localeCompare(b.propertyName) || (a.unitReference ?? '').localeCompare(b.unitReference ?? ''));
}

/** The premises of the tenant companies the persons work for: they are occupants (tenants) there. */
function companyPremisesOf(db: Db, organizationId: string, personIds: string[]) {
  return db
    .select({
      personId: companyMembers.personId, relation: sql<RelationKind>`'tenant'`, propertyId: properties.id, propertyName: properties.name,
      addressLine: properties.addressLine, postalCode: properties.postalCode, city: properties.city, unitId: units.id, unitReference: units.reference,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .innerJoin(properties, eq(properties.id, companies.propertyId))
    .leftJoin(units, eq(units.id, companies.unitId))
    .where(and(eq(companyMembers.organizationId, organizationId), inArray(companyMembers.personId, personIds)));
}

function heldPlaces(db: Db, organizationId: string, personIds: string[], today: string) {
  return db
    .select({
      personId: personRelations.personId, relation: personRelations.kind, propertyId: properties.id, propertyName: properties.name,
      addressLine: properties.addressLine, postalCode: properties.postalCode, city: properties.city, unitId: units.id, unitReference: units.reference,
    })
    .from(personRelations)
    .innerJoin(properties, eq(properties.id, personRelations.propertyId))
    .leftJoin(units, eq(units.id, personRelations.unitId))
    .where(and(
      eq(personRelations.organizationId, organizationId), inArray(personRelations.personId, personIds),
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    ))
    .orderBy(asc(properties.name), asc(units.reference));
}

/** The persons with a relation current on `today`, optionally on one property (its units included), sorted by name. */
export function currentResidents(db: Db, organizationId: string, today: string, propertyId?: string) {
  return db
    .selectDistinct({ person: persons })
    .from(persons)
    .innerJoin(personRelations, eq(personRelations.personId, persons.id))
    .where(and(
      eq(persons.organizationId, organizationId),
      propertyId ? eq(personRelations.propertyId, propertyId) : undefined,
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    ))
    .orderBy(asc(persons.name), asc(persons.id));
}

/** The accounts of the persons given, by person. */
export async function accountsOfPersons(db: Db, organizationId: string, personIds: string[]): Promise<Map<string, PortalAccountRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.select().from(portalAccounts).where(and(eq(portalAccounts.organizationId, organizationId), inArray(portalAccounts.personId, personIds)));
  return new Map(rows.map((r) => [r.personId, r]));
}

/** A property of the agency. */
export async function findProperty(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(properties).where(and(eq(properties.organizationId, organizationId), eq(properties.id, id))).limit(1);
  return row;
}

/** A unit of the agency, with its property. */
export async function findUnitWithProperty(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({ unit: units, property: properties })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(units.organizationId, organizationId), eq(units.id, id)))
    .limit(1);
  return row;
}

/** The units of a property, by reference. */
export function unitsOfProperty(db: Db, organizationId: string, propertyId: string) {
  return db.select().from(units).where(and(eq(units.organizationId, organizationId), eq(units.propertyId, propertyId))).orderBy(asc(units.reference));
}

/** The persons with a relation current on `today` to a unit (its occupants and owners). */
export function currentPersonsOfUnit(db: Db, organizationId: string, unitId: string, today: string) {
  return db
    .selectDistinct({ person: persons })
    .from(persons)
    .innerJoin(personRelations, eq(personRelations.personId, persons.id))
    .where(and(
      eq(persons.organizationId, organizationId), eq(personRelations.unitId, unitId),
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    ))
    .orderBy(asc(persons.name));
}

/** How many tickets the person asked for through the portal since `since`. */
export async function portalRequestsSince(db: Db, organizationId: string, personId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.requesterPersonId, personId), eq(tickets.source, 'portal'), sql`${tickets.createdAt} >= ${since.toISOString()}`));
  return Number(row?.n ?? 0);
}
