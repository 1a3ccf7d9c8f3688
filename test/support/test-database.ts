// A database of its own for one test file: a clone of the seeded template, dropped afterwards.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite } from '../../src/db/pglite.ts';
import { openDatabase, type Database } from '../../src/db/connection.ts';
import { testDatabaseKind, postgresAdminUrl, databaseUrl } from './test-env.ts';

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL of this database (for code that opens its own connection); undefined on PGlite. */
  url?: string;
  drop(): Promise<void>;
}

/** Clones the template into a fresh database for this file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplate'));
    const pglite = await createPglite({ loadDataDir: new Blob([dump]) });
    const database = await openDatabase({ dataDir: tmpdir(), pglite });
    return { database, drop: () => database.close() };
  }
  const admin = postgresAdminUrl();
  const name = `gardien_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${inject('postgresTemplate')}`);
  } finally {
    await client.end();
  }
  const url = databaseUrl(admin, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: tmpdir(), poolSize: 5 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
