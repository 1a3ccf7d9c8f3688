// pg-boss: the jobs live in the same database as the data, and a delivery job is written in the
// same transaction as the message it delivers. Queues: `deliver-message` (one job per message,
// retried with backoff), `automation` (a pass every minute) and `maintenance` (daily clean-up).
import { PgBoss, fromPglite, fromDrizzle } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/connection.ts';
import type { Config } from '../config.ts';

export const DELIVER_QUEUE = 'deliver-message';
export const AUTOMATION_QUEUE = 'automation';
export const MAINTENANCE_QUEUE = 'maintenance';

export interface JobQueue {
  boss: PgBoss;
  /** Queues the delivery of messages, inside the caller's transaction. */
  enqueueDeliveries(db: Db, messageIds: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Starts pg-boss on the application's database (creating its schema on first start). */
export async function startJobQueue(database: Database, config: Pick<Config, 'databaseUrl' | 'deliveryRetries' | 'deliveryRetrySeconds'>): Promise<JobQueue> {
  const databaseUrl = config.databaseUrl;
  const boss = database.pglite ? new PgBoss({ db: fromPglite(database.pglite), schedule: true }) : new PgBoss({ connectionString: databaseUrl!, max: 4 });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  await boss.createQueue(DELIVER_QUEUE, { retryLimit: config.deliveryRetries, retryDelay: config.deliveryRetrySeconds, retryBackoff: true, retryDelayMax: 3600 });
  await boss.createQueue(AUTOMATION_QUEUE, { retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(MAINTENANCE_QUEUE, { retryLimit: 1, expireInSeconds: 900 });
  return {
    boss,
    async enqueueDeliveries(db, messageIds) {
      if (messageIds.length === 0) return;
      await boss.insert(DELIVER_QUEUE, messageIds.map((id) => ({ data: { id } })), { db: fromDrizzle(db as never, sql) });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
