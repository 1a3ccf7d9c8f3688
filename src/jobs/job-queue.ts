// pg-boss runs the scheduled work: `automation` (a pass every minute) and `maintenance` (daily
// clean-up). Messages do not go through pg-boss: the outbox is their queue (see
// delivery-worker.ts), and queueing them costs one NOTIFY per transaction, which PostgreSQL
// delivers to the listening workers when the change commits.
import { PgBoss, fromPglite } from 'pg-boss';
import pg from 'pg';
import { notifyEach } from '../db/repositories/live-notices.ts';
import type { Database, Db } from '../db/connection.ts';
import type { Config } from '../config.ts';

export const AUTOMATION_QUEUE = 'automation';
export const MAINTENANCE_QUEUE = 'maintenance';
/** The channel on which a committed change tells the delivery workers that messages are queued. */
export const DELIVERY_CHANNEL = 'gardien_outbox';

/** At most one wake-up per this many milliseconds from one process. */
const NOTIFY_INTERVAL_MS = 250;

export interface JobQueue {
  boss: PgBoss;
  /** Wakes the delivery workers once the caller's transaction commits (the messages are already `queued` rows). */
  enqueueDeliveries(db: Db, messageIds: string[]): Promise<void>;
  /** Calls `wake` whenever a committed change queued messages. */
  listenForDeliveries(wake: () => void): Promise<void>;
  /** Runs `stop` first when the queue stops (the workers of this process). */
  beforeStop(stop: () => Promise<void>): void;
  stop(): Promise<void>;
}

/** LISTEN on the delivery channel: PGlite's own, or a connection of its own on PostgreSQL (reconnected if lost). */
async function listen(database: Database, databaseUrl: string | undefined, wake: () => void): Promise<() => Promise<void>> {
  if (database.pglite) return database.pglite.listen(DELIVERY_CHANNEL, wake);
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', wake);
    next.on('error', () => {
      next.end().catch(() => undefined);
      // Until it is back, the workers find their messages by polling.
      if (!closed) setTimeout(() => connect().catch(() => undefined), 5000);
    });
    await next.connect();
    await next.query(`listen ${DELIVERY_CHANNEL}`);
    client = next;
    wake();
  };
  await connect();
  return async () => {
    closed = true;
    await client?.end().catch(() => undefined);
  };
}

/** Starts pg-boss on the application's database (creating its schema on first start). */
export async function startJobQueue(database: Database, config: Pick<Config, 'databaseUrl'>): Promise<JobQueue> {
  const databaseUrl = config.databaseUrl;
  const boss = database.pglite ? new PgBoss({ db: fromPglite(database.pglite), schedule: true }) : new PgBoss({ connectionString: databaseUrl!, max: 4 });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  await boss.createQueue(AUTOMATION_QUEUE, { retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(MAINTENANCE_QUEUE, { retryLimit: 1, expireInSeconds: 900 });
  const stoppers: (() => Promise<void>)[] = [];
  let notifiedAt = Number.NEGATIVE_INFINITY;
  return {
    boss,
    async enqueueDeliveries(db, messageIds) {
      if (messageIds.length === 0) return;
      // Batches written back to back (the automation's) wake the workers once: awake, they claim
      // until the queue is empty, and an idle worker looks again within a second anyway.
      if (performance.now() - notifiedAt < NOTIFY_INTERVAL_MS) return;
      notifiedAt = performance.now();
      await notifyEach(db, DELIVERY_CHANNEL, ['']);
    },
    async listenForDeliveries(wake) {
      stoppers.push(await listen(database, databaseUrl, wake));
    },
    beforeStop(stop) {
      stoppers.unshift(stop);
    },
    async stop() {
      for (const stop of stoppers.splice(0)) await stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
