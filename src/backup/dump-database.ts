// The database part of a backup, by kind. PGlite: its own dump of the data folder (a gzipped
// tar), taken while no transaction is open, then loaded into a throw-away in-memory PGlite to
// count its rows (the counts are the dump's, and a dump that does not open fails the backup).
// PostgreSQL: one REPEATABLE READ READ ONLY transaction gives the snapshot; pg_dump (custom
// format, the pgboss schema left out) reads that same snapshot when it is on PATH and not older
// than the server, otherwise the logical export reads it.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../db/connection.ts';
import { openDatabase } from '../db/connection.ts';
import { createPglite } from '../db/pglite.ts';
import { appliedMigrations, dbOnClient, publicTables, rowCounts } from '../db/repositories/backup-facts.ts';
import { exportTableRows, sequencePositions } from '../db/repositories/logical-dump.ts';
import type { BackupManifest, DumpFormat } from './backup-format.ts';
import type { BackupWriter } from './write-backup-zip.ts';
import { runTool, toolMajorVersion } from './pg-tools.ts';
import { Readable } from 'node:stream';

export const PGLITE_DUMP_ENTRY = 'database/pgdata.tar.gz';
export const PG_DUMP_ENTRY = 'database/pg_dump.custom';
export const LOGICAL_PREFIX = 'database/tables/';
export const SEQUENCES_ENTRY = 'database/sequences.json';
/** pg-boss's schema is not carried: it is made again at start, with its schedules. */
export const PGBOSS_SCHEMA = 'pgboss';

export type DatabasePart = BackupManifest['database'] & { note?: string };

/** The PGlite's data folder as a gzipped tar, taken between transactions. */
export async function dumpPglite(pglite: PGlite): Promise<Buffer> {
  const dump = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('gzip'));
  return Buffer.from(await dump.arrayBuffer());
}

/** Opens a PGlite data folder dump in memory to read its migrations and row counts. */
export async function factsOfPgliteDump(dump: Buffer): Promise<{ migrations: string[]; rows: Record<string, number> }> {
  const copy = await createPglite({ loadDataDir: new Blob([new Uint8Array(dump)]) });
  const database = await openDatabase({ dataDir: tmpdir(), pglite: copy });
  try {
    return { migrations: await appliedMigrations(database.db), rows: await rowCounts(database.db) };
  } finally {
    await database.close();
  }
}

async function dumpEmbedded(pglite: PGlite, writer: BackupWriter): Promise<DatabasePart> {
  const dump = await dumpPglite(pglite);
  const facts = await factsOfPgliteDump(dump);
  return { kind: 'pglite', dumpFormat: 'pglite-datadir', entries: [writer.addBuffer(PGLITE_DUMP_ENTRY, dump, false)], ...facts };
}

/** Whether pg_dump can dump this server; when not, the sentence that says why. */
async function pgDumpFits(serverMajor: number): Promise<{ ok: true } | { ok: false; why: string }> {
  const major = await toolMajorVersion('pg_dump');
  if (major === undefined) return { ok: false, why: 'pg_dump is not on PATH' };
  if (major < serverMajor) return { ok: false, why: `pg_dump is version ${major}, older than the server's ${serverMajor}` };
  return { ok: true };
}

async function dumpPostgres(database: Database, databaseUrl: string, writer: BackupWriter, logical: boolean): Promise<DatabasePart> {
  const client = await database.pool!.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const version = Number((await client.query<{ v: string }>('show server_version_num')).rows[0]!.v);
    const db = dbOnClient(client);
    const migrations = await appliedMigrations(db);
    const rows = await rowCounts(db);
    const fits = logical ? ({ ok: false, why: '--logical was asked for' } as const) : await pgDumpFits(Math.floor(version / 10000));
    let dumpFormat: DumpFormat;
    const entries = [];
    let note: string | undefined;
    if (fits.ok) {
      dumpFormat = 'pg_dump-custom';
      const folder = await mkdtemp(join(tmpdir(), 'gardien-pg-dump-'));
      try {
        const file = join(folder, 'dump.custom');
        await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--exclude-schema=${PGBOSS_SCHEMA}`, `--snapshot=${snapshot}`, `--file=${file}`], databaseUrl);
        await stat(file);
        entries.push(await writer.addStream(PG_DUMP_ENTRY, createReadStream(file), false));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    } else {
      dumpFormat = 'logical-jsonl';
      note = `logical export (${fits.why})`;
      for (const table of await publicTables(db)) {
        entries.push(await writer.addStream(`${LOGICAL_PREFIX}${table}.jsonl`, Readable.from(jsonLines(exportTableRows(client, table)))));
      }
      entries.push(writer.addBuffer(SEQUENCES_ENTRY, Buffer.from(JSON.stringify(await sequencePositions(client)))));
    }
    await client.query('commit');
    return { kind: 'postgres', dumpFormat, entries, migrations, rows, note };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function* jsonLines(rows: AsyncIterable<string>): AsyncIterable<Buffer> {
  for await (const row of rows) yield Buffer.from(`${row}\n`);
}

/** Writes the database's dump into the backup. */
export function dumpDatabase(database: Database, databaseUrl: string | undefined, writer: BackupWriter, options: { logical?: boolean } = {}): Promise<DatabasePart> {
  if (database.pglite) return dumpEmbedded(database.pglite, writer);
  return dumpPostgres(database, databaseUrl!, writer, options.logical ?? false);
}
