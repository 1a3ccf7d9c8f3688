// Repositories of the master-data tables, and the few queries beyond the four shared ones.
import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { properties, units, persons, personRelations, contractors, users, categories } from '../schema/index.ts';
import { containsText } from '../name-search.ts';
import { orgScopedRepository } from './org-scoped.ts';

export const propertiesRepository = orgScopedRepository(properties, properties.name, (r) => r.name);
export const unitsRepository = orgScopedRepository(
  units,
  units.reference,
  (r) => r.reference,
  'This property already has a unit with that reference.',
);
export const personsRepository = orgScopedRepository(persons, persons.name, (r) => r.name);
export const contractorsRepository = orgScopedRepository(contractors, contractors.name, (r) => r.name);
export const relationsRepository = orgScopedRepository(personRelations, personRelations.kind, (r) => r.kind);

/** A page of the agency's properties, by name; with `q`, those whose name, reference or city contains it. */
export function propertiesPage(db: Db, organizationId: string, limit: number, cursor?: string, q?: string) {
  return propertiesRepository.list(db, organizationId, limit, cursor, containsText(q, properties.name, properties.externalRef, properties.city));
}

/** A page of the agency's units, by reference, optionally of one property. */
export function unitsPage(db: Db, organizationId: string, limit: number, cursor?: string, propertyId?: string) {
  return unitsRepository.list(db, organizationId, limit, cursor, propertyId ? eq(units.propertyId, propertyId) : undefined);
}

/** A page of the agency's persons, by name; with `q`, those whose name or reference contains it. */
export function personsPage(db: Db, organizationId: string, limit: number, cursor?: string, q?: string) {
  return personsRepository.list(db, organizationId, limit, cursor, containsText(q, persons.name, persons.externalRef));
}

/** A page of the agency's contractors, by name, optionally of one trade and whose name or reference contains `q`. */
export function contractorsPage(db: Db, organizationId: string, limit: number, cursor?: string, trade?: string, q?: string) {
  return contractorsRepository.list(
    db, organizationId, limit, cursor,
    and(trade ? sql`${trade} = any(${contractors.trades})` : undefined, containsText(q, contractors.name, contractors.externalRef)),
  );
}

/** The relations of some persons (to show each person with its units and council seats). */
export async function relationsOfPersons(db: Db, organizationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(personRelations)
    .where(and(eq(personRelations.organizationId, organizationId), inArray(personRelations.personId, personIds)))
    .orderBy(personRelations.createdAt);
}

const REFERENCED = { property: properties, unit: units, user: users, person: persons, category: categories };
/** What a request may name by id and have checked. */
export type ReferencedKind = keyof typeof REFERENCED;

/** How many of these ids exist among the organization's records of this kind (to check references). */
export async function countExisting(db: Db, kind: ReferencedKind, organizationId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const table = REFERENCED[kind];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organizationId, organizationId), inArray(table.id, ids)));
  return rows.length;
}

/** Lookup keys for the CSV import: external references and unit references to ids. */
export async function referenceIndex(db: Db, organizationId: string) {
  const [props, unitRows, personRows, contractorRows, userRows] = await Promise.all([
    db.select({ id: properties.id, ref: properties.externalRef }).from(properties).where(eq(properties.organizationId, organizationId)),
    db
      .select({ id: units.id, propertyId: units.propertyId, reference: units.reference })
      .from(units)
      .where(eq(units.organizationId, organizationId)),
    db.select({ id: persons.id, ref: persons.externalRef }).from(persons).where(eq(persons.organizationId, organizationId)),
    db.select({ id: contractors.id, ref: contractors.externalRef }).from(contractors).where(eq(contractors.organizationId, organizationId)),
    db.select({ id: users.id, email: users.email }).from(users).where(eq(users.organizationId, organizationId)),
  ]);
  return { props, unitRows, personRows, contractorRows, userRows };
}

/** The name of the unit's owner (or co-owner) in force on `today`, the latest to start first; '' when none. */
export async function currentOwnerName(db: Db, organizationId: string, unitId: string, today: string): Promise<string> {
  const [row] = await db
    .select({ name: persons.name })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(
      and(
        eq(personRelations.organizationId, organizationId),
        eq(personRelations.unitId, unitId),
        inArray(personRelations.kind, ['owner', 'co_owner']),
        or(isNull(personRelations.endsOn), gte(personRelations.endsOn, today)),
      ),
    )
    .orderBy(sql`${personRelations.startsOn} desc nulls last`)
    .limit(1);
  return row?.name ?? '';
}

/** The council members and president of a co-ownership in force on `today`. */
export function councilMembersOf(db: Db, propertyId: string, today: string) {
  return db
    .select({ id: persons.id, name: persons.name, emails: persons.emails, phones: persons.phones, language: persons.language })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(
      and(
        eq(personRelations.propertyId, propertyId),
        inArray(personRelations.kind, ['council_member', 'council_president']),
        or(isNull(personRelations.endsOn), gte(personRelations.endsOn, today)),
      ),
    );
}
