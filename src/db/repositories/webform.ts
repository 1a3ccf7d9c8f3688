// SQL of the public web form: what a stranger may read of an agency (its active categories, its
// buildings' names and addresses; never its units, persons or tickets).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { categories, properties } from '../schema/index.ts';

/** At most this many of each are offered on the form. */
const MOST = 2000;

/** The agency's buildings as the form offers them: name and address, by city then name. */
export function webformProperties(db: Db, organizationId: string) {
  return db
    .select({ id: properties.id, name: properties.name, addressLine: properties.addressLine, postalCode: properties.postalCode, city: properties.city })
    .from(properties)
    .where(eq(properties.organizationId, organizationId))
    .orderBy(asc(properties.city), asc(properties.name), asc(properties.id))
    .limit(MOST);
}

/** The agency's active categories with their structured fields, by name. */
export function webformCategories(db: Db, organizationId: string) {
  return db
    .select({ id: categories.id, name: categories.name, fields: categories.fields })
    .from(categories)
    .where(and(eq(categories.organizationId, organizationId), eq(categories.active, true)))
    .orderBy(asc(categories.name), asc(categories.id))
    .limit(MOST);
}

/** One building of the agency (name and address), or undefined. */
export async function webformProperty(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: properties.id, name: properties.name }).from(properties).where(and(eq(properties.organizationId, organizationId), eq(properties.id, id))).limit(1);
  return row;
}
