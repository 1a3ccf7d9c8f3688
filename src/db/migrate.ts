// Applies the SQL migrations of src/db/migrations, once, even with several processes starting.
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './connection.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any constant will do: it names the lock that serializes migrators across processes.
const MIGRATION_LOCK = 7_271_901;

/** Brings the schema up to date. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The hashes of this version's migrations, oldest first (what a migrated database has applied). */
export function codeMigrations(): string[] {
  return readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
}
