// Removes the scheduled backups beyond the BACKUP_KEEP newest from the backup folder.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToRemove } from '../domain/backup-retention.ts';

/** Removes the older scheduled backups of `dir`; returns the names removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const removed = backupsToRemove(await readdir(dir), keep);
  for (const name of removed) await rm(join(dir, name), { force: true });
  return removed;
}
