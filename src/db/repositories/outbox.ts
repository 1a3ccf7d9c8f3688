// SQL of the outbox: every email and SMS written with the change that caused it.
import { and, desc, eq, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../connection.ts';
import type { Channel } from '../../domain/master-data.ts';
import type { OutboxState } from '../../domain/messages/outbox-states.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { outboxMessages, tickets } from '../schema/index.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';
import { accessCondition } from './ticket-list.ts';

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
export async function updateOutboxMessage(db: Db, id: string, patch: PgUpdateSetSource<typeof outboxMessages>): Promise<void> {
  await db.update(outboxMessages).set(patch).where(eq(outboxMessages.id, id));
}

/** Queues a held or failed message again, due now, with its retries counted from zero. */
export async function queueMessageAgain(db: Db, id: string): Promise<void> {
  await updateOutboxMessage(db, id, { state: 'queued', lastError: null, retries: 0, availableAt: sql`now()` });
}

// The delivery queue is the outbox itself: a worker claims due rows with SKIP LOCKED and holds
// them under a lease (`claimed_by`, `available_at` = the lease's end) that it renews while it
// sends; a dead worker's rows come back when the lease ends. Times are the database's, so the
// workers' clocks do not matter.

/** Claims up to `limit` rows of one state whose `available_at` has come, oldest first. */
async function claimState(db: Db, state: 'queued' | 'sending', owner: string, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  if (limit <= 0) return [];
  return db
    .update(outboxMessages)
    .set({ state: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, claimedBy: owner, availableAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      inArray(
        outboxMessages.id,
        db
          .select({ id: outboxMessages.id })
          .from(outboxMessages)
          .where(and(eq(outboxMessages.state, state), lte(outboxMessages.availableAt, sql`now()`)))
          .orderBy(outboxMessages.availableAt)
          .limit(limit)
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
}

/**
 * Claims up to `limit` messages for the worker `owner`: first those whose lease ended (their
 * worker died), so they never wait behind a backlog, then queued ones that are due. Each
 * statement reads its own small partial index.
 */
export async function claimDueMessages(db: Db, owner: string, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  const orphans = await claimState(db, 'sending', owner, limit, leaseSeconds);
  return [...orphans, ...(await claimState(db, 'queued', owner, limit - orphans.length, leaseSeconds))];
}

/** Claims one message by id, due or not (the test clock's pass), unless another worker's lease holds it. */
export async function claimMessage(db: Db, id: string, owner: string, leaseSeconds: number): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(outboxMessages)
    .set({ state: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, claimedBy: owner, availableAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(outboxMessages.id, id), or(eq(outboxMessages.state, 'queued'), and(eq(outboxMessages.state, 'sending'), lte(outboxMessages.availableAt, sql`now()`)))))
    .returning();
  return row;
}

/** Extends the lease of the messages `owner` is sending still; returns how many it holds. */
export async function renewLeases(db: Db, owner: string, ids: string[], leaseSeconds: number): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(outboxMessages)
    .set({ availableAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.claimedBy, owner), eq(outboxMessages.state, 'sending')))
    .returning({ id: outboxMessages.id });
  return rows.length;
}

/** Records the outcome of a send by the lease holder; false when the lease was lost (another worker took the message). */
export async function finishDelivery(db: Db, id: string, owner: string, patch: PgUpdateSetSource<typeof outboxMessages>): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ claimedBy: null, ...patch })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.claimedBy, owner), eq(outboxMessages.state, 'sending')))
    .returning({ id: outboxMessages.id });
  return rows.length === 1;
}

/** Puts a message back in the queue, to be tried after `delaySeconds`. */
export async function requeueMessage(db: Db, id: string, owner: string, delaySeconds: number, patch: PgUpdateSetSource<typeof outboxMessages>): Promise<boolean> {
  return finishDelivery(db, id, owner, { state: 'queued', availableAt: sql`now() + make_interval(secs => ${delaySeconds})`, ...patch });
}

/** Ids of messages waiting to leave (for a delivery pass without a job queue: the test clock). */
export async function queuedMessageIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db.select({ id: outboxMessages.id }).from(outboxMessages).where(inArray(outboxMessages.state, ['queued', 'sending'])).orderBy(outboxMessages.createdAt).limit(limit);
  return rows.map((r) => r.id);
}

export interface OutboxQuery {
  organizationId: string;
  ticketId?: string;
  state?: OutboxState;
  channel?: Channel;
  limit: number;
  cursor?: string;
  /** The reader's ticket scope (src/tickets/ticket-access.ts); absent or `all`: every message. */
  access?: TicketScope;
}

/** Messages of the tickets in a reader's scope only (none of those about no ticket). */
export function scopeCondition(db: Db, organizationId: string, access: TicketScope | undefined): SQL | undefined {
  if (!access || access.kind === 'all') return undefined;
  const visible = db.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.organizationId, organizationId), accessCondition(access)));
  return inArray(outboxMessages.ticketId, visible);
}

/** A page of an organization's outbox, newest first (within the reader's ticket scope). */
export async function listOutbox(db: Db, q: OutboxQuery) {
  const where: (SQL | undefined)[] = [eq(outboxMessages.organizationId, q.organizationId), scopeCondition(db, q.organizationId, q.access)];
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

/** How many messages are in each state (the outbox screen's counters), within the reader's scope. */
export async function outboxCounts(db: Db, organizationId: string, access?: TicketScope) {
  return db
    .select({ state: outboxMessages.state, count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, organizationId), scopeCondition(db, organizationId, access)))
    .groupBy(outboxMessages.state);
}
