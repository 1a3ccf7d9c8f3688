// Opens what every process role needs: the lock (embedded only), the database, migrated.
import type { Config } from '../config.ts';
import { systemClock, SettableClock, type AppContext } from '../context.ts';
import { openDatabase, type Database } from '../db/connection.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { acquireDataLock } from '../db/data-lock.ts';
import { buildContext } from './build-context.ts';

export interface Runtime {
  ctx: AppContext;
  database: Database;
  close(): Promise<void>;
}

/** Locks the data folder (PGlite), opens and migrates the database. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const release = config.databaseUrl ? () => undefined : acquireDataLock(config.dataDir);
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateDatabase(database);
    const clock = config.testClock ? new SettableClock() : systemClock;
    const ctx: AppContext = await buildContext({ db: database.db, databaseKind: database.kind, clock, config, pool: database.pool });
    return {
      ctx,
      database,
      close: async () => {
        await ctx.jobs?.stop();
        await ctx.live.close();
        ctx.transports.mailer?.close();
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
