// SQL of the outbox: every email and SMS written with the change that caused it.
import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { outboxMessages } from '../schema/index.ts';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = typeof outboxMessages.$inferInsert;

/** Stores messages; a message whose dedupe key exists already is not written again. */
export async function insertOutboxMessages(db: Db, rows: NewOutboxMessage[]): Promise<{ id: string; state: string }[]> {
  // A row whose dedupe key is already taken (an automatic reminder written twice) is dropped.
  return (await bulkInsert(db, outboxMessages, rows, { onConflictDoNothing: true, returning: ['id', 'state'] })) as { id: string; state: string }[];
}

/** One message, locked for its delivery. */
export async function lockOutboxMessage(db: Db, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).for('update').limit(1);
  return row;
}

/** Changes a message. */
export async function updateOutboxMessage(db: Db, id: string, patch: Partial<NewOutboxMessage>): Promise<void> {
  await db.update(outboxMessages).set(patch).where(eq(outboxMessages.id, id));
}

/** Ids of messages waiting to leave (for a delivery pass without a job queue: the test clock). */
export async function queuedMessageIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db.select({ id: outboxMessages.id }).from(outboxMessages).where(inArray(outboxMessages.state, ['queued', 'sending'])).orderBy(outboxMessages.createdAt).limit(limit);
  return rows.map((r) => r.id);
}

export interface OutboxQuery {
  organizationId: string;
  ticketId?: string;
  state?: string;
  channel?: string;
  limit: number;
  cursor?: string;
}

/** A page of an organization's outbox, newest first. */
export async function listOutbox(db: Db, q: OutboxQuery) {
  const where: (SQL | undefined)[] = [eq(outboxMessages.organizationId, q.organizationId)];
  if (q.ticketId) where.push(eq(outboxMessages.ticketId, q.ticketId));
  if (q.state) where.push(eq(outboxMessages.state, q.state));
  if (q.channel) where.push(eq(outboxMessages.channel, q.channel));
  if (q.cursor) {
    const [at, id] = Buffer.from(q.cursor, 'base64url').toString('utf8').split('|');
    const date = new Date(at ?? '');
    if (!id || Number.isNaN(date.getTime())) return { items: [], nextCursor: null, invalidCursor: true };
    where.push(or(lt(outboxMessages.createdAt, date), and(eq(outboxMessages.createdAt, date), lt(outboxMessages.id, id))));
  }
  const rows = await db.select().from(outboxMessages).where(and(...where)).orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id)).limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > q.limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null,
    invalidCursor: false,
  };
}

/** How many messages are in each state (the outbox screen's counters). */
export async function outboxCounts(db: Db, organizationId: string) {
  return db
    .select({ state: outboxMessages.state, count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(eq(outboxMessages.organizationId, organizationId))
    .groupBy(outboxMessages.state);
}
