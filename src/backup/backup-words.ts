// The lines `gardien backup` and `gardien restore` print.
import type { BackupSummary } from './create-backup.ts';
import type { RestoreSummary } from './restore-backup.ts';
import type { DumpFormat } from './backup-format.ts';

const DUMP_WORDS: Record<DumpFormat, string> = {
  'pglite-datadir': 'the embedded database (PGlite data folder)',
  'pg_dump-custom': 'PostgreSQL (pg_dump, custom format)',
  'logical-jsonl': 'PostgreSQL (logical export, JSON lines)',
};

/** Bytes as a person reads them. */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function backupLines(summary: BackupSummary, zipBytes: number): string[] {
  return [
    `Backup written to ${summary.path} (${sizeWords(zipBytes)}).`,
    `  database: ${DUMP_WORDS[summary.dumpFormat]}, ${summary.rows} rows in ${summary.tables} tables${summary.note ? ` — ${summary.note}` : ''}`,
    `  files: ${summary.files} (${sizeWords(summary.fileBytes)})`,
  ];
}

export function restoreLines(file: string, summary: RestoreSummary): string[] {
  return [
    `Restored ${file}, made ${summary.createdAt}.`,
    `  database: ${DUMP_WORDS[summary.dumpFormat]}, ${summary.rows} rows in ${summary.tables} tables, every count as in the backup`,
    `  files: ${summary.files} (${sizeWords(summary.fileBytes)}), each with its SHA-256 checked`,
    ...summary.notes.map((note) => `  note: ${note}`),
    'Start Gardien on it: it brings the schema up to date and makes its job schedules again.',
  ];
}
