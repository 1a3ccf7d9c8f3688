// SQL for password reset links (only hashes are stored).
import { and, eq, isNull, gt } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { passwordResetTokens, users } from '../schema/index.ts';

/** Stores a new reset link. */
export async function insertPasswordReset(db: Db, row: typeof passwordResetTokens.$inferInsert) {
  await db.insert(passwordResetTokens).values(row);
}

/** Marks the unused, unexpired link with this hash used, and returns its user; undefined when there is none.
 * One statement, so that two uses of the same link cannot both succeed. */
export async function consumePasswordReset(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .returning({ userId: passwordResetTokens.userId, organizationId: passwordResetTokens.organizationId });
  return row;
}

/** Voids every other open link of a user (once one is used, the others stop working). */
export async function voidPasswordResets(db: Db, userId: string, now: Date) {
  await db.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

/** Sets a user's password hash. */
export async function setPasswordHash(db: Db, userId: string, passwordHash: string, now: Date) {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}
