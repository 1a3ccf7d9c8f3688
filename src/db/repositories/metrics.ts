// SQL of the metrics read at scrape time (src/metrics/): the outbox by state, across agencies (the
// operator's view), and pg-boss's jobs by queue and state, read from its own schema.
import { count, min, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { outboxMessages, webhookDeliveries } from '../schema/index.ts';

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** How many messages of each channel are in each state, every agency together. */
export async function outboxCountsByState(db: Db): Promise<{ channel: string; state: string; count: number }[]> {
  const rows = await db
    .select({ channel: outboxMessages.channel, state: outboxMessages.state, count: count() })
    .from(outboxMessages)
    .groupBy(outboxMessages.channel, outboxMessages.state);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Webhook deliveries by state, every agency together. */
export async function webhookDeliveryCountsByState(db: Db): Promise<{ state: string; count: number }[]> {
  const rows = await db.select({ state: webhookDeliveries.state, count: count() }).from(webhookDeliveries).groupBy(webhookDeliveries.state);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** When the oldest message still `queued` was written (the partial index outbox_queued_idx holds only those); null when none waits. */
export async function oldestQueuedOutboxAt(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: min(outboxMessages.createdAt) }).from(outboxMessages).where(sql`${outboxMessages.state} = 'queued'`);
  const at = row?.at ?? null;
  return at === null ? null : new Date(at);
}

/** pg-boss's jobs by queue and state (its schema `pgboss`, created by the job queue's start). */
export async function jobCountsByState(db: Db): Promise<{ queue: string; state: string; count: number }[]> {
  const result = await db.execute(sql`select name as queue, state::text as state, count(*) as count from pgboss.job group by 1, 2`);
  return rowsOf<{ queue: string; state: string; count: number | string }>(result).map((r) => ({ ...r, count: Number(r.count) }));
}

/** Per queue, the age in seconds of the oldest job that is due (start_after passed) and not started; queues with none are absent. */
export async function jobLagSeconds(db: Db): Promise<{ queue: string; seconds: number }[]> {
  const result = await db.execute(sql`
    select name as queue, extract(epoch from now() - min(start_after))::float8 as seconds
    from pgboss.job where state in ('created', 'retry') and start_after <= now() group by 1`);
  return rowsOf<{ queue: string; seconds: number | string }>(result).map((r) => ({ queue: r.queue, seconds: Math.max(0, Number(r.seconds)) }));
}
