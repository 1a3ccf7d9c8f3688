// SQL for the residents' portal sessions.
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { portalAccounts, portalSessions } from '../schema/index.ts';

/** Stores a new portal session. */
export async function insertPortalSession(db: Db, row: typeof portalSessions.$inferInsert) {
  const [created] = await db.insert(portalSessions).values(row).returning();
  return created!;
}

/** The live portal session for a token hash, with its account (none for a preview without one). */
export async function findLivePortalSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: portalSessions, account: portalAccounts })
    .from(portalSessions)
    .leftJoin(portalAccounts, eq(portalAccounts.id, portalSessions.accountId))
    .where(and(eq(portalSessions.tokenHash, tokenHash), isNull(portalSessions.revokedAt), gt(portalSessions.expiresAt, now)))
    .limit(1);
  return row;
}

/** Records activity on a portal session and moves its idle expiry. */
export async function touchPortalSession(db: Db, id: string, now: Date, expiresAt: Date) {
  await db.update(portalSessions).set({ lastSeenAt: now, expiresAt }).where(eq(portalSessions.id, id));
}

/** Revokes one portal session (sign-out). */
export async function revokePortalSession(db: Db, id: string, now: Date) {
  await db.update(portalSessions).set({ revokedAt: now }).where(and(eq(portalSessions.id, id), isNull(portalSessions.revokedAt)));
}

/** Revokes every portal session of a person (password change, deactivation, access lost). */
export async function revokePersonPortalSessions(db: Db, personId: string, now: Date): Promise<number> {
  const rows = await db
    .update(portalSessions)
    .set({ revokedAt: now })
    .where(and(eq(portalSessions.personId, personId), isNull(portalSessions.revokedAt)))
    .returning({ id: portalSessions.id });
  return rows.length;
}

/** Revokes every portal session of a person but one (a password changed from the portal keeps the session that changed it). */
export async function revokeOtherPortalSessions(db: Db, personId: string, keepSessionId: string, now: Date): Promise<number> {
  const rows = await db
    .update(portalSessions)
    .set({ revokedAt: now })
    .where(and(eq(portalSessions.personId, personId), isNull(portalSessions.revokedAt), ne(portalSessions.id, keepSessionId)))
    .returning({ id: portalSessions.id });
  return rows.length;
}
