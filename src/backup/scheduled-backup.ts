// The daily backup of the embedded database (the `backup` job of the workers in `serve`): a
// backup named by its time into BACKUP_DIR, then the older ones beyond BACKUP_KEEP removed.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { backupFileName } from '../domain/backup-retention.ts';
import { createBackup, type BackupSource, type BackupSummary } from './create-backup.ts';
import { pruneBackups } from './prune-backups.ts';

/** Writes today's backup and prunes; the summary and the names removed. */
export async function runScheduledBackup(source: BackupSource & { config: Pick<Config, 'backup'> }): Promise<{ summary: BackupSummary; removed: string[] }> {
  const { dir, keep } = source.config.backup;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const summary = await createBackup(source, join(dir, backupFileName(source.now)));
  const removed = await pruneBackups(dir, keep);
  return { summary, removed };
}
