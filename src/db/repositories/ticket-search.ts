// What a ticket's search document says beyond its own fields (its place and the unit's owners),
// and the search vector stored from it: the French words, plus one term naming the agency, so
// that the full-text index itself keeps to one agency's tickets (bench/README.md).
import { and, eq, inArray, isNull, or, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { properties, units, persons, personRelations, tickets } from '../schema/index.ts';

// "@" never starts a word of the search box (letters and digits only), so no search, prefix
// searches included, can match the agency's term by chance.
const ORGANIZATION_TERM = '@org:';

/** The search vector of a ticket: the folded document in French, and the agency's term (the
 * ticket row's own organization_id). Migration 0003 wrote the term into existing rows. */
export function searchVector(document: string): SQL {
  return sql`(to_tsvector('french', ${document}) || array_to_tsvector(array[${ORGANIZATION_TERM} || ${tickets.organizationId}::text]))`;
}

/** A tsquery (text, to cast) matching the tickets of one agency. */
export function organizationTerm(organizationId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(organizationId)) throw new Error(`not an organization id: ${organizationId}`);
  return `'${ORGANIZATION_TERM}${organizationId.toLowerCase()}'`;
}

/** Property name and address, unit reference, and the names of the unit's current owners. */
export async function placeWords(db: Db, propertyId: string, unitId: string | null, today: string): Promise<string[]> {
  const [property] = await db.select().from(properties).where(eq(properties.id, propertyId)).limit(1);
  const words = property ? [property.name, property.addressLine, property.city, property.externalRef ?? ''] : [];
  if (!unitId) return words;
  const [unit] = await db.select().from(units).where(eq(units.id, unitId)).limit(1);
  if (unit) words.push(unit.reference);
  const owners = await db
    .select({ name: persons.name })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(
      and(
        eq(personRelations.unitId, unitId),
        inArray(personRelations.kind, ['owner', 'co_owner']),
        or(isNull(personRelations.endsOn), gte(personRelations.endsOn, today)),
      ),
    );
  return [...words, ...owners.map((o) => o.name)];
}
