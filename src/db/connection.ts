// Opens the database: PostgreSQL when a URL is given, otherwise the embedded PGlite in the data
// folder. Both speak the same SQL through Drizzle, so the rest of the code never asks which.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createPglite } from './pglite.ts';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PGlite instance, for tools that need it (pg-boss); undefined on PostgreSQL. */
  pglite?: PGlite;
  /** The pool, for tools that need it; undefined on PGlite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  /** A ready PGlite (tests clone a migrated template into one). */
  pglite?: PGlite;
  poolSize?: number;
}

// node-postgres returns int8 and numeric as strings; PGlite returns numbers. Counts and sums
// here stay far below 2^53, so both are read as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Opens PostgreSQL (with `databaseUrl`) or the embedded PGlite under `dataDir/pgdata`. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const max = options.poolSize ?? 10;
    // A new connection costs 20+ ms (bench/README.md): keep a few open however quiet the server
    // is, and let the others idle a while before closing them, not pg's default 10 s.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max, min: Math.min(4, max), idleTimeoutMillis: 300_000 });
    // An idle connection that the server ends (restart, admin shutdown) must not crash the process:
    // the pool replaces it on the next query.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.error(`PostgreSQL connection lost: ${error.message}`);
    });
    await pool.query('select 1');
    return { db: drizzlePg(pool, { schema }), kind: 'postgres', pool, close: () => pool.end() };
  }
  let client = options.pglite;
  if (!client) {
    // PGlite creates no parent folder of its own.
    const dir = join(options.dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    client = await createPglite({ dataDir: dir });
  }
  const pglite = client;
  return {
    db: drizzlePglite(pglite, { schema }),
    kind: 'pglite',
    pglite,
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
