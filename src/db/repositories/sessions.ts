// SQL for sessions and API tokens.
import { and, desc, eq, isNull, gt, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { sessions, apiTokens, users } from '../schema/index.ts';

/** Stores a new session. */
export async function insertSession(db: Db, row: typeof sessions.$inferInsert) {
  const [created] = await db.insert(sessions).values(row).returning();
  return created!;
}

/** The live session for a token hash, with its user, or undefined. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

/** Records activity on a session and moves its (idle) expiry. */
export async function touchSession(db: Db, id: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

/** Revokes one session. */
export async function revokeSession(db: Db, id: string, now: Date) {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Revokes every session of a user (password change, deactivation, admin request). */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Stores a new API token. */
export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert) {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

/** The live API token for a hash, with its user, or undefined. */
export async function findLiveApiToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .limit(1);
  return row;
}

/** Notes when a token was last used (at most once a minute, to spare writes). */
export async function touchApiToken(db: Db, id: string, now: Date) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), sql`(${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < ${new Date(now.getTime() - 60_000)})`));
}

/** A user's API tokens, newest first, revoked and expired ones included (never their hash). */
export async function listUserApiTokens(db: Db, organizationId: string, userId: string) {
  return db
    .select({
      id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.userId, userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes one token of a user (kept, with its revocation time); false when the user has no such token. */
export async function revokeApiToken(db: Db, organizationId: string, userId: string, id: string, now: Date): Promise<boolean> {
  const [found] = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.organizationId, organizationId), eq(apiTokens.userId, userId)));
  if (!found) return false;
  await db.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
  return true;
}

/** Revokes every token of a user (password change, deactivation), so that reactivation brings none back. */
export async function revokeUserApiTokens(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}
