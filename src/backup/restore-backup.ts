// `gardien restore FILE`: into the configured target (DATABASE_URL's database, else DATA_DIR),
// which must be empty — no table in the database, no embedded database in the folder, no file
// in the store — and of the backup's kind. The database first, then every file (each checked
// against its SHA-256 as it is written), then the server's secret when the backup carries it and
// GARDIEN_SECRET is not set; last, the restored database's row counts are compared with the
// backup's. Every entry is checked before the first is written. A refusal or a failed check is
// a DomainError, whose sentence the CLI prints.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import type { FileStore } from '../channels/file-store.ts';
import { openDatabase } from '../db/connection.ts';
import { createPglite } from '../db/pglite.ts';
import { acquireDataLock } from '../db/data-lock.ts';
import { isEmptyDatabase, rowCounts } from '../db/repositories/backup-facts.ts';
import { SECRET_NAME, type BackupManifest } from './backup-format.ts';
import { openBackup, type OpenedBackup } from './read-backup-zip.ts';
import { restorePgliteFolder, restorePostgres } from './restore-database.ts';

export interface RestoreSummary {
  kind: BackupManifest['database']['kind'];
  dumpFormat: BackupManifest['database']['dumpFormat'];
  createdAt: string;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  /** Things the operator should know (a secret kept, …). */
  notes: string[];
}

const KIND_WORDS = { pglite: 'the embedded database', postgres: 'PostgreSQL' } as const;

function targetNotEmpty(what: string): DomainError {
  return new DomainError('backup_target_not_empty', `${what} is not empty: a backup is restored only into an empty one, so nothing is overwritten.`);
}

async function assertStoreEmpty(files: FileStore): Promise<void> {
  for await (const key of files.list()) {
    throw targetNotEmpty(`The file store (it holds ${key}, at least)`);
  }
}

async function countsOfTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Record<string, number>> {
  if (config.databaseUrl) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: tmpdir(), poolSize: 1 });
    try {
      return await rowCounts(database.db);
    } finally {
      await database.close();
    }
  }
  const database = await openDatabase({ dataDir: config.dataDir, pglite: await createPglite({ dataDir: join(config.dataDir, 'pgdata') }) });
  try {
    return await rowCounts(database.db);
  } finally {
    await database.close();
  }
}

async function assertDatabaseEmpty(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<void> {
  if (config.databaseUrl) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: tmpdir(), poolSize: 1 });
    try {
      if (!(await isEmptyDatabase(database.db))) throw targetNotEmpty('The database of DATABASE_URL');
    } finally {
      await database.close();
    }
    return;
  }
  const pgdata = join(config.dataDir, 'pgdata');
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) throw targetNotEmpty(`The data folder ${config.dataDir} (it holds a database)`);
}

function restoreSecret(backup: OpenedBackup, config: Pick<Config, 'dataDir' | 'secret'>, secret: Buffer | undefined, notes: string[]) {
  if (!secret) {
    notes.push('The backup carries no secret: its server had GARDIEN_SECRET; give this one the same GARDIEN_SECRET, or links sent before stop working.');
    return;
  }
  if (config.secret) {
    notes.push('GARDIEN_SECRET is set, so the secret in the backup was not written; it must be the one the backed-up server used.');
    return;
  }
  const file = join(config.dataDir, SECRET_NAME);
  if (existsSync(file) && !readFileSync(file).equals(secret)) {
    notes.push(`${file} already held another secret and was kept; links sent before the backup will not open.`);
    return;
  }
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
}

/** Restores the backup at `path` into the target `config` names, whose file store is `files`. */
export async function restoreBackup(path: string, config: Pick<Config, 'databaseUrl' | 'dataDir' | 'secret'>, files: FileStore): Promise<RestoreSummary> {
  const backup = await openBackup(path);
  const release = config.databaseUrl ? () => undefined : acquireDataLock(config.dataDir);
  try {
    const { manifest } = backup;
    const targetKind = config.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.database.kind !== targetKind) {
      throw new DomainError(
        'backup_wrong_kind',
        `This backup is of ${KIND_WORDS[manifest.database.kind]} and the target is ${KIND_WORDS[targetKind]}: ${manifest.database.kind === 'postgres' ? 'set DATABASE_URL to an empty database' : 'unset DATABASE_URL and name an empty DATA_DIR'} to restore it.`,
      );
    }
    await assertDatabaseEmpty(config);
    await assertStoreEmpty(files);
    // Every entry is read and checked once before anything is written: a corrupted backup
    // leaves the target as empty as it was.
    await backup.checkAll();
    const secret = manifest.secret ? await backup.read(manifest.secret) : undefined;
    try {
      if (config.databaseUrl) await restorePostgres(backup, config.databaseUrl);
      else await restorePgliteFolder(backup, config.dataDir);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('backup_restore_failed', `The database could not be restored: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const item of manifest.files.items) await files.put(item.key, await backup.open(item), 'application/octet-stream');
    const notes: string[] = [];
    restoreSecret(backup, config, secret, notes);
    const counts = await countsOfTarget(config);
    const differing = Object.entries(manifest.database.rows).filter(([table, rows]) => counts[table] !== rows);
    if (differing.length > 0) {
      throw new DomainError('backup_restore_failed', `The restored database does not hold the backup's rows (${differing.map(([t, n]) => `${t}: ${counts[t] ?? 0} of ${n}`).join(', ')}).`);
    }
    return {
      kind: manifest.database.kind,
      dumpFormat: manifest.database.dumpFormat,
      createdAt: manifest.createdAt,
      tables: Object.keys(manifest.database.rows).length,
      rows: Object.values(manifest.database.rows).reduce((a, b) => a + b, 0),
      files: manifest.files.count,
      fileBytes: manifest.files.bytes,
      notes,
    };
  } finally {
    release();
    backup.close();
  }
}
