// What every use case receives: the database, the clock, the configuration, the file store and
// the metrics.
import type { Db, DatabaseKind } from './db/connection.ts';
import type { Config } from './config.ts';
import type { FileStore } from './channels/file-store.ts';
import type { Mailer } from './channels/mailer.ts';
import type { SmsSender } from './channels/sms/sms-sender.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import type { LiveUpdates } from './runtime/live-updates.ts';
import type { Metrics } from './metrics/metrics.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  db: Db;
  databaseKind: DatabaseKind;
  clock: Clock;
  config: Config;
  /** Where attachments' bytes are kept (disk or S3, by configuration). */
  files: FileStore;
  /** Signs cookies and reply addresses. */
  secret: string;
  /** How messages leave; a missing one keeps its messages in the outbox. */
  transports: { mailer?: Mailer; sms?: SmsSender };
  /** The job queue, where this process has one (delivery jobs are written with the change). */
  jobs?: JobQueue;
  /** Tells open browsers of a committed change. */
  live: LiveUpdates;
  /** This application's metrics (its own Prometheus registry, GET /metrics); use cases count on it where set. */
  metrics?: Metrics;
}

/** A clock that only moves when told to (GARDIEN_TEST_CLOCK=1, and tests). */
export class SettableClock implements Clock {
  current: Date;
  constructor(start: Date = new Date()) {
    this.current = start;
  }
  now(): Date {
    return new Date(this.current);
  }
}
