// What every use case receives: the database, the clock and the configuration.
import type { Db, DatabaseKind } from './db/connection.ts';
import type { Config } from './config.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  db: Db;
  databaseKind: DatabaseKind;
  clock: Clock;
  config: Config;
}
