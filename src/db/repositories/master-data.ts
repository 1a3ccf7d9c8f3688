// Repositories of the master-data tables, and the few queries beyond the four shared ones.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { properties, units, persons, personRelations, contractors, users } from '../schema/index.ts';
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

/** The relations of some persons (to show each person with its units and council seats). */
export async function relationsOfPersons(db: Db, organizationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(personRelations)
    .where(and(eq(personRelations.organizationId, organizationId), inArray(personRelations.personId, personIds)))
    .orderBy(personRelations.createdAt);
}

/** How many of these ids exist in the organization's table (to check references). */
export async function countExisting(
  db: Db,
  table: typeof properties | typeof units | typeof users | typeof persons,
  organizationId: string,
  ids: string[],
  extra?: SQL,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organizationId, organizationId), inArray(table.id, ids), extra));
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
