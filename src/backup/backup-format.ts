// What a Gardien backup holds: one zip with `manifest.json` (written last, read first), the
// database's dump under `database/` and every stored file under `files/<storage key>`. The
// manifest says how to read the rest; readManifest refuses anything that is not one of ours.
import { readFileSync } from 'node:fs';
import { DomainError } from '../domain/errors.ts';
import { isValidKey } from '../channels/file-store.ts';
import type { DatabaseKind } from '../db/connection.ts';

export const BACKUP_FORMAT = 'gardien-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const FILES_PREFIX = 'files/';
export const SECRET_NAME = 'secret';

/** How the database was dumped: PGlite's data folder (a gzipped tar), pg_dump's custom format,
 * or the logical export (a JSON line per row, table by table). */
export type DumpFormat = 'pglite-datadir' | 'pg_dump-custom' | 'logical-jsonl';

export interface ManifestFile {
  /** The entry's name in the zip. */
  entry: string;
  bytes: number;
  sha256: string;
}

export interface StoredFileEntry extends ManifestFile {
  /** The file store's key (the entry is `files/<key>`). */
  key: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  gardienVersion: string;
  createdAt: string;
  database: {
    kind: DatabaseKind;
    dumpFormat: DumpFormat;
    /** The dump's entries (one for a data folder or pg_dump, one per table for the logical export). */
    entries: ManifestFile[];
    /** The hashes of the migrations applied, oldest first. */
    migrations: string[];
    /** Rows per table of the public schema, at the dump's moment. */
    rows: Record<string, number>;
  };
  files: { count: number; bytes: number; items: StoredFileEntry[] };
  /** DATA_DIR/secret when the server generated its own (GARDIEN_SECRET unset): signed links and
   * encrypted mailbox passwords need it. */
  secret?: ManifestFile;
}

/** Gardien's version, as package.json says. */
export function gardienVersion(): string {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(raw) as { version?: unknown }).version ?? 'unknown');
}

/** The refusal of a file that cannot be restored. */
export function notABackup(reason: string): DomainError {
  return new DomainError('backup_unreadable', `This file cannot be restored as a Gardien backup: ${reason}.`, { reason });
}

const HEX64 = /^[0-9a-f]{64}$/;

function isFile(value: unknown): value is ManifestFile {
  const f = value as ManifestFile;
  return typeof f === 'object' && f !== null && typeof f.entry === 'string' && Number.isSafeInteger(f.bytes) && f.bytes >= 0 && HEX64.test(String(f.sha256));
}

/** The manifest's bytes, checked for the shape restore relies on. */
export function readManifest(bytes: Buffer): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw notABackup('its manifest is not JSON');
  }
  const m = value as BackupManifest;
  if (typeof m !== 'object' || m === null || m.format !== BACKUP_FORMAT) throw notABackup('its manifest is not a Gardien backup\'s');
  if (m.formatVersion !== BACKUP_FORMAT_VERSION) throw notABackup(`it is of format ${String(m.formatVersion)}, this version of Gardien reads format ${BACKUP_FORMAT_VERSION}`);
  const db = m.database;
  const kinds: DatabaseKind[] = ['pglite', 'postgres'];
  const formats: DumpFormat[] = ['pglite-datadir', 'pg_dump-custom', 'logical-jsonl'];
  if (!db || !kinds.includes(db.kind) || !formats.includes(db.dumpFormat) || !Array.isArray(db.entries) || !db.entries.every(isFile) || !Array.isArray(db.migrations)) {
    throw notABackup('its manifest does not describe a database dump');
  }
  if (!m.files || !Array.isArray(m.files.items) || !m.files.items.every((f) => isFile(f) && typeof f.key === 'string' && isValidKey(f.key) && f.entry === FILES_PREFIX + f.key)) {
    throw notABackup('its manifest does not list its files');
  }
  if (m.secret !== undefined && !isFile(m.secret)) throw notABackup('its manifest describes the secret wrongly');
  return m;
}
