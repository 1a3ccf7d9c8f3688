// Empty places to restore a backup into, of the suite's database kind: a new data folder
// (PGlite) or a new empty database on the test server (PostgreSQL), dropped afterwards; and
// every row of every table as PostgreSQL writes it, to compare two databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type Db } from '../../src/db/connection.ts';
import { createPglite } from '../../src/db/pglite.ts';
import { DiskFileStore } from '../../src/channels/disk-file-store.ts';
import { publicTables } from '../../src/db/repositories/backup-facts.ts';
import { databaseUrl, postgresAdminUrl, testDatabaseKind } from './test-env.ts';

export interface RestoreTarget {
  config: { databaseUrl?: string; dataDir: string; secret?: string };
  files: DiskFileStore;
  /** Opens the restored database. */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty target of the suite's kind. */
export async function emptyTarget(): Promise<RestoreTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gardien-restore-'));
  const files = new DiskFileStore(join(dataDir, 'files'));
  if (testDatabaseKind() === 'pglite') {
    return {
      config: { dataDir },
      files,
      open: async () => openDatabase({ dataDir, pglite: await createPglite({ dataDir: join(dataDir, 'pgdata') }) }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `gardien_restore_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = databaseUrl(postgresAdminUrl(), name);
  return {
    config: { databaseUrl: url, dataDir },
    files,
    open: () => openDatabase({ databaseUrl: url, dataDir, poolSize: 2 }),
    drop: async () => {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every table of the public schema: its rows as row_to_json text, sorted. */
export async function everyRow(db: Db): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await publicTables(db)) {
    const rows = await db.execute(sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t order by 1`);
    result[table] = ((Array.isArray(rows) ? rows : (rows as { rows: { j: string }[] }).rows) as { j: string }[]).map((r) => r.j);
  }
  return result;
}
