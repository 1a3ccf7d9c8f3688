// The database part of a restore, by the dump's format. PGlite: the data folder is loaded into
// DATA_DIR/pgdata.restoring and renamed to pgdata once whole. pg_dump's custom format:
// pg_restore in one transaction, stopping at the first error. The logical export: the target is
// migrated to this version's schema (which must be the backup's), then loadTables.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../domain/errors.ts';
import { openDatabase, type Database } from '../db/connection.ts';
import { createPglite } from '../db/pglite.ts';
import { codeMigrations, migrateDatabase } from '../db/migrate.ts';
import { loadTables, type SequencePosition, type TableRows } from '../db/repositories/logical-dump.ts';
import { LOGICAL_PREFIX, SEQUENCES_ENTRY } from './dump-database.ts';
import type { OpenedBackup } from './read-backup-zip.ts';
import { libpqEnvironment, runTool } from './pg-tools.ts';

/** Loads the embedded database's dump into `dataDir/pgdata` (absent or empty: the caller checked). */
export async function restorePgliteFolder(backup: OpenedBackup, dataDir: string): Promise<void> {
  const dump = await backup.read(backup.manifest.database.entries[0]!);
  const target = join(dataDir, 'pgdata');
  const partial = `${target}.restoring`;
  await rm(partial, { recursive: true, force: true });
  const pglite = await createPglite({ dataDir: partial, loadDataDir: new Blob([new Uint8Array(dump)]) });
  await pglite.close();
  await rm(target, { recursive: true, force: true }); // an empty folder at most
  await rename(partial, target);
}

async function restorePgDump(backup: OpenedBackup, databaseUrl: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'gardien-pg-restore-'));
  try {
    const file = join(folder, 'dump.custom');
    await pipeline(await backup.open(backup.manifest.database.entries[0]!), createWriteStream(file, { mode: 0o600 }));
    const database = libpqEnvironment(databaseUrl).PGDATABASE!;
    await runTool('pg_restore', ['--no-owner', '--no-acl', '--no-comments', '--exit-on-error', '--single-transaction', `--dbname=${database}`, file], databaseUrl).catch((error: Error) => {
      throw new DomainError('backup_restore_failed', `pg_restore could not restore the dump: ${error.message}`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function* tablesOf(backup: OpenedBackup): AsyncIterable<TableRows> {
  for (const file of backup.manifest.database.entries) {
    if (!file.entry.startsWith(LOGICAL_PREFIX) || !file.entry.endsWith('.jsonl')) continue;
    const table = file.entry.slice(LOGICAL_PREFIX.length, -'.jsonl'.length);
    const lines = createInterface({ input: await backup.open(file), crlfDelay: Infinity });
    yield { table, lines: nonEmpty(lines) };
  }
}

async function* nonEmpty(lines: AsyncIterable<string>): AsyncIterable<string> {
  for await (const line of lines) if (line) yield line;
}

async function restoreLogical(backup: OpenedBackup, database: Database): Promise<void> {
  const ours = codeMigrations();
  const theirs = backup.manifest.database.migrations;
  if (ours.length !== theirs.length || ours.some((hash, i) => hash !== theirs[i])) {
    throw new DomainError(
      'backup_other_version',
      `This logical backup was made by Gardien ${backup.manifest.gardienVersion} with ${theirs.length} migrations; this version has ${ours.length}. Restore it with the version that made it, then upgrade.`,
    );
  }
  await migrateDatabase(database);
  const sequencesFile = backup.manifest.database.entries.find((f) => f.entry === SEQUENCES_ENTRY);
  const sequences = sequencesFile ? (JSON.parse((await backup.read(sequencesFile)).toString('utf8')) as SequencePosition[]) : [];
  const client = await database.pool!.connect();
  try {
    await loadTables(client, tablesOf(backup), sequences);
  } finally {
    client.release();
  }
}

/** Restores a PostgreSQL backup into the (empty, checked) database at `databaseUrl`. */
export async function restorePostgres(backup: OpenedBackup, databaseUrl: string): Promise<void> {
  if (backup.manifest.database.dumpFormat === 'pg_dump-custom') return restorePgDump(backup, databaseUrl);
  const database = await openDatabase({ databaseUrl, dataDir: tmpdir(), poolSize: 2 });
  try {
    await restoreLogical(backup, database);
  } finally {
    await database.close();
  }
}
