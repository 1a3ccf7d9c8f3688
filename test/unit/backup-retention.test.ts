// The scheduled backups' names and the retention rule: the `keep` newest stay, other files stay.
import { describe, it, expect } from 'vitest';
import { backupFileName, backupsToRemove, isScheduledBackupName } from '../../src/domain/backup-retention.ts';
import { loadConfig } from '../../src/config.ts';

describe('backup retention', () => {
  it('when a backup is named, then the name is its UTC minute and names sort as times do', () => {
    expect(backupFileName(new Date('2026-12-02T02:41:07.123Z'))).toBe('gardien-backup-2026-12-02T0241Z.zip');
    const names = ['2026-01-09T23:59:00Z', '2026-01-10T00:00:00Z', '2025-12-31T02:41:00Z'].map((d) => backupFileName(new Date(d)));
    expect([...names].sort()).toEqual([names[2], names[0], names[1]]);
    expect(isScheduledBackupName('gardien-backup-2026-12-02T0241Z.zip')).toBe(true);
    expect(isScheduledBackupName('gardien-backup-2026-12-02T0241Z.zip.partial')).toBe(false);
  });

  it('when there are more backups than kept, then the oldest go and files of other names are never touched', () => {
    const days = ['01', '02', '03', '04', '05'].map((d) => `gardien-backup-2026-12-${d}T0241Z.zip`);
    const folder = [days[3]!, 'avant-migration.zip', days[0]!, days[4]!, days[1]!, `${days[2]}.partial`, days[2]!, 'notes.txt'];
    expect(backupsToRemove(folder, 3).sort()).toEqual([days[0], days[1]]);
    expect(backupsToRemove(folder, 5)).toEqual([]);
    expect(backupsToRemove(folder, 7)).toEqual([]);
    expect(backupsToRemove(folder, 1).sort()).toEqual(days.slice(0, 4));
    expect(backupsToRemove([], 7)).toEqual([]);
  });

  it('when the backup settings are read, then the defaults are DATA_DIR/backups, 7 kept at 2 h UTC, and a wrong value names its variable', () => {
    expect(loadConfig({ DATA_DIR: '/srv/gardien' }).backup).toEqual({ dir: '/srv/gardien/backups', keep: 7, hour: 2 });
    expect(loadConfig({ DATA_DIR: '/srv/gardien', BACKUP_DIR: '/mnt/sauvegardes', BACKUP_KEEP: '0', BACKUP_HOUR: '23' }).backup).toEqual({ dir: '/mnt/sauvegardes', keep: 0, hour: 23 });
    expect(() => loadConfig({ BACKUP_HOUR: '24' })).toThrow(/BACKUP_HOUR must be an hour from 0 to 23/);
    expect(() => loadConfig({ BACKUP_KEEP: '-1' })).toThrow(/BACKUP_KEEP must be a whole number/);
  });
});
