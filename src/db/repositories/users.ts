// SQL for staff users and organizations.
import { and, asc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { users, organizations } from '../schema/index.ts';
import { keyset, pageOf } from '../pagination.ts';

/** A user by email, in any organization (sign-in names no agency). */
export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return row;
}

/** A user of one organization, or undefined. */
export async function findUser(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(users).where(and(eq(users.organizationId, organizationId), eq(users.id, id))).limit(1);
  return row;
}

/** A page of an organization's users, by name. */
export async function listUsers(db: Db, organizationId: string, limit: number, cursor?: string) {
  const { where, orderBy } = keyset(users.name, users.id, cursor);
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.organizationId, organizationId), where))
    .orderBy(...orderBy)
    .limit(limit + 1);
  return pageOf(rows, limit, (row) => row.name);
}

/** Stores a new user. */
export async function insertUser(db: Db, row: typeof users.$inferInsert) {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

/** Changes a user of one organization; undefined when it is not there. */
export async function updateUser(db: Db, organizationId: string, id: string, patch: Partial<typeof users.$inferInsert>) {
  const [updated] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(users.organizationId, organizationId), eq(users.id, id)))
    .returning();
  return updated;
}

/** An organization by id. */
export async function findOrganization(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row;
}

/** An organization by slug. */
export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return row;
}

/** Every organization, oldest first (the CLI picks the only one when none is named). */
export async function listOrganizations(db: Db) {
  return db.select().from(organizations).orderBy(organizations.createdAt);
}

/** Stores a new organization. */
export async function insertOrganization(db: Db, row: typeof organizations.$inferInsert) {
  const [created] = await db.insert(organizations).values(row).returning();
  return created!;
}

/** The users who delegated to `userId` and whose delegation is in force at `now` (no end, or an
 * end still ahead): the colleagues `userId` stands in for. */
export function delegatorsOf(db: Db, organizationId: string, userId: string, now: Date) {
  return db
    .select({ id: users.id, name: users.name, delegateUntil: users.delegateUntil })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.delegateUserId, userId), or(isNull(users.delegateUntil), gt(users.delegateUntil, now))))
    .orderBy(asc(users.name));
}

/** The agency's other active users, by name, with their roles (who may be chosen as a delegate). */
export function activeColleagues(db: Db, organizationId: string, userId: string) {
  return db
    .select({ id: users.id, name: users.name, roles: users.roles })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), ne(users.id, userId)))
    .orderBy(asc(users.name));
}
