// pg-boss: the jobs live in the same database as the data, and a delivery job is written in the
// same transaction as the message it delivers. Queues: `deliver-message` (one job per message,
// retried with backoff) and `automation` (a pass every minute; one worker at a time).
import { PgBoss, fromPglite, fromDrizzle } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/connection.ts';

export const DELIVER_QUEUE = 'deliver-message';
export const AUTOMATION_QUEUE = 'automation';
/** Attempts of a delivery before the message is marked failed. */
export const DELIVERY_RETRIES = 4;

export interface JobQueue {
  boss: PgBoss;
  /** Queues the delivery of messages, inside the caller's transaction. */
  enqueueDeliveries(db: Db, messageIds: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Starts pg-boss on the application's database (creating its schema on first start). */
export async function startJobQueue(database: Database, databaseUrl: string | undefined): Promise<JobQueue> {
  const boss = database.pglite ? new PgBoss({ db: fromPglite(database.pglite), schedule: true }) : new PgBoss({ connectionString: databaseUrl!, max: 4 });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  await boss.createQueue(DELIVER_QUEUE, { retryLimit: DELIVERY_RETRIES, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600 });
  await boss.createQueue(AUTOMATION_QUEUE, { retryLimit: 0, expireInSeconds: 600 });
  return {
    boss,
    async enqueueDeliveries(db, messageIds) {
      if (messageIds.length === 0) return;
      await boss.insert(DELIVER_QUEUE, messageIds.map((id) => ({ data: { id } })), { db: fromDrizzle(db as never, sql) });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
