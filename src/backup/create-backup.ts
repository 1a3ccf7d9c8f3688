// `gardien backup FILE` and the scheduled backup: the database's dump first, then every file of
// the store (a file removed between the two, an unused upload purged, is skipped), then the
// secret the server generated for itself, then the manifest. The zip appears at FILE only whole.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import type { Database } from '../db/connection.ts';
import { StoredFileMissing, type FileStore } from '../channels/file-store.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, FILES_PREFIX, SECRET_NAME, gardienVersion, type BackupManifest, type StoredFileEntry } from './backup-format.ts';
import { dumpDatabase } from './dump-database.ts';
import { writeBackupZip } from './write-backup-zip.ts';

export interface BackupSummary {
  path: string;
  kind: BackupManifest['database']['kind'];
  dumpFormat: BackupManifest['database']['dumpFormat'];
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  /** Why the logical export was used, when it was. */
  note?: string;
}

export interface BackupSource {
  database: Database;
  files: FileStore;
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'secret'>;
  now: Date;
}

/** Writes a backup of `source` at `path` (absolute); the logical export on PostgreSQL when `logical`. */
export async function createBackup(source: BackupSource, path: string, options: { logical?: boolean } = {}): Promise<BackupSummary> {
  const writer = writeBackupZip(path);
  try {
    const database = await dumpDatabase(source.database, source.config.databaseUrl, writer, options);
    const items: StoredFileEntry[] = [];
    for await (const key of source.files.list()) {
      let body;
      try {
        body = await source.files.get(key);
      } catch (error) {
        if (error instanceof StoredFileMissing) continue;
        throw error;
      }
      items.push({ key, ...(await writer.addStream(FILES_PREFIX + key, body)) });
    }
    const secretFile = join(source.config.dataDir, SECRET_NAME);
    const secret = !source.config.secret && existsSync(secretFile) ? writer.addBuffer(SECRET_NAME, readFileSync(secretFile)) : undefined;
    const { note, ...databasePart } = database;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      gardienVersion: gardienVersion(),
      createdAt: source.now.toISOString(),
      database: databasePart,
      files: { count: items.length, bytes: items.reduce((sum, f) => sum + f.bytes, 0), items },
      ...(secret ? { secret } : {}),
    };
    await writer.finish(manifest);
    return {
      path,
      kind: database.kind,
      dumpFormat: database.dumpFormat,
      tables: Object.keys(database.rows).length,
      rows: Object.values(database.rows).reduce((a, b) => a + b, 0),
      files: manifest.files.count,
      fileBytes: manifest.files.bytes,
      ...(note ? { note } : {}),
    };
  } catch (error) {
    await writer.abort();
    if (error instanceof DomainError) throw error;
    throw new DomainError('backup_failed', `The backup could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
