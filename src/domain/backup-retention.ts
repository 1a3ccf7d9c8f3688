// The scheduled backups' names and which of them are kept: `gardien-backup-YYYY-MM-DDTHHMMZ.zip`
// (UTC, so names sort as times do); the `keep` newest stay, older ones go. Files of other names
// in the folder are never touched.

const NAME = /^gardien-backup-(\d{4}-\d{2}-\d{2}T\d{4}Z)\.zip$/;

/** The scheduled backup's file name for a moment. */
export function backupFileName(now: Date): string {
  const iso = now.toISOString(); // 2026-12-02T02:41:00.000Z
  return `gardien-backup-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.zip`;
}

/** Whether a file name is a scheduled backup's. */
export function isScheduledBackupName(name: string): boolean {
  return NAME.test(name);
}

/** Of the names in a backup folder, the scheduled backups to remove so that the `keep` newest remain. */
export function backupsToRemove(names: readonly string[], keep: number): string[] {
  const ours = names.filter(isScheduledBackupName).sort().reverse();
  return ours.slice(Math.max(keep, 0));
}
