// What a ticket's search document says beyond its own fields (its place and the unit's owners),
// and the search vector stored from it: the document's French words, each tagged with the
// agency ("7c597529~fuit"), so that the full-text index itself keeps to one agency's tickets —
// prefixes included ("cav:*" reads the agency's words beginning with "cav", not every agency's).
// Untagged words and a separate agency term were measured against it (bench/README.md).
import { and, eq, inArray, isNull, or, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { properties, units, persons, personRelations, tickets } from '../schema/index.ts';

// The tag: the first 8 hex digits of the agency's id and "~" (not a word character, so no search
// can reach past it). Two agencies sharing a tag would only share index entries: the list also
// filters on organization_id. Migration 0003 tagged the vectors already stored; bench/tickets-load.ts
// builds them the same way.
const tag = (organizationId: unknown) => sql`left(${organizationId}::text, 8) || '~'`;

/** The search vector of a ticket from its folded document (the row's own organization_id). */
export function searchVector(document: string): SQL {
  return sql`(select coalesce(array_to_tsvector(array_agg(${tag(tickets.organizationId)} || w.lexeme)), ''::tsvector)
    from unnest(to_tsvector('french', ${document})) w)`;
}

/** Whether a search vector (a ticket of the agency) matches a tsquery built from the search box (searchQuery()):
 * the query's French lexemes get the agency's tag. A query of stop words alone stays empty and
 * matches nothing, as before. */
export function searchMatches(vector: SQL, organizationId: string, tsquery: string): SQL {
  // Every quoted lexeme 'x' of the French query becomes 'tag~x' (lexemes here are letters and digits).
  return sql`${vector} @@ regexp_replace(to_tsquery('french', ${tsquery})::text, '''([^'']+)''', '''' || ${tag(organizationId)} || '\\1''', 'g')::tsquery`;
}

/** Property name and address, unit reference, and the names of the unit's current owners. */
export async function placeWords(db: Db, propertyId: string | null, unitId: string | null, today: string): Promise<string[]> {
  if (!propertyId) return [];
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
