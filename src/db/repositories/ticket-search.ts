// What a ticket's search document says beyond its own fields: its place and the unit's owners.
import { and, eq, inArray, isNull, or, gte } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { properties, units, persons, personRelations } from '../schema/index.ts';

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
