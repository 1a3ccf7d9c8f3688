// What a backup records of a database and what restore checks: the tables of the public schema
// and their row counts, the migrations applied, whether a database is empty. The same SQL on
// PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../connection.ts';
import * as schema from '../schema/index.ts';

/** The Db of one PostgreSQL connection (a backup's snapshot transaction is on it). */
export function dbOnClient(client: pg.PoolClient): Db {
  return drizzle(client, { schema }) as unknown as Db;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The tables of the public schema, by name. */
export async function publicTables(db: Db): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`));
  return rows.map((r) => r.name);
}

/** Rows per table of the public schema. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(db)) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`));
    counts[table] = Number(row!.n);
  }
  return counts;
}

/** The hashes of the migrations applied (Drizzle's table), oldest first; none on a new database. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const [exists] = rowsOf<{ found: boolean }>(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`));
  if (!exists?.found) return [];
  const rows = rowsOf<{ hash: string }>(await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at, id`));
  return rows.map((r) => r.hash);
}

/** Whether the database holds no table, view or sequence of anyone's (extensions' functions aside). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`
    select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'`));
  return Number(row!.n) === 0;
}
