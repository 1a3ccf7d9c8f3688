// SQL of the links that contractors and approvers answer through.
import { and, eq, isNull, or, inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { exchangeTokens } from '../schema/index.ts';

export type ExchangeTokenRow = typeof exchangeTokens.$inferSelect;

/** Stores a new link (its hash only). */
export async function insertExchangeToken(db: Db, row: typeof exchangeTokens.$inferInsert): Promise<ExchangeTokenRow> {
  const [created] = await db.insert(exchangeTokens).values(row).returning();
  return created!;
}

/** A link by the hash of its secret, whatever its state (the caller says why it cannot be used). */
export async function findExchangeToken(db: Db, tokenHash: string): Promise<ExchangeTokenRow | undefined> {
  const [row] = await db.select().from(exchangeTokens).where(eq(exchangeTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

/** A link by id (the exchange cookie names it). */
export async function findExchangeTokenById(db: Db, id: string): Promise<ExchangeTokenRow | undefined> {
  const [row] = await db.select().from(exchangeTokens).where(eq(exchangeTokens.id, id)).limit(1);
  return row;
}

/** Revokes the live links of some dispatches or parties (a party replaced). */
export async function revokeExchangeTokens(db: Db, target: { dispatchIds?: string[]; partyIds?: string[]; ticketId?: string }, now: Date): Promise<void> {
  const conditions = [
    target.dispatchIds?.length ? inArray(exchangeTokens.dispatchId, target.dispatchIds) : undefined,
    target.partyIds?.length ? inArray(exchangeTokens.partyId, target.partyIds) : undefined,
    target.ticketId ? eq(exchangeTokens.ticketId, target.ticketId) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return;
  await db.update(exchangeTokens).set({ revokedAt: now }).where(and(isNull(exchangeTokens.revokedAt), or(...conditions)));
}

/** Notes that a link was used. */
export async function touchExchangeToken(db: Db, id: string, now: Date): Promise<void> {
  await db.update(exchangeTokens).set({ lastUsedAt: now }).where(eq(exchangeTokens.id, id));
}
