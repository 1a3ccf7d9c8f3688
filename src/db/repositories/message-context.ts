// What the messages of a batch of changes read, in one query per table: the agencies, their
// edited templates, the properties and the staff users of the tickets. The outbox writer fills
// its per-transaction cache with them instead of reading row by row.
import { inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { organizations, messageTemplates, properties, users } from '../schema/index.ts';

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Agencies by id. */
export function organizationsByIds(db: Db, ids: readonly string[]) {
  return ids.length ? db.select().from(organizations).where(inArray(organizations.id, unique(ids))) : Promise.resolve([]);
}

/** Every template the given agencies edited. */
export function templateOverridesOf(db: Db, organizationIds: readonly string[]) {
  return organizationIds.length ? db.select().from(messageTemplates).where(inArray(messageTemplates.organizationId, unique(organizationIds))) : Promise.resolve([]);
}

/** Properties by id (the caller knows their agency: they come from its tickets). */
export function propertiesByIds(db: Db, ids: readonly string[]) {
  return ids.length ? db.select().from(properties).where(inArray(properties.id, unique(ids))) : Promise.resolve([]);
}

/** Staff users by id (assignees of the caller's tickets). */
export function usersByIds(db: Db, ids: readonly string[]) {
  return ids.length ? db.select().from(users).where(inArray(users.id, unique(ids))) : Promise.resolve([]);
}
