// The daily backup of the embedded database: the workers of the process that owns it schedule
// the `backup` job at BACKUP_HOUR; the job writes a backup named by the clock into BACKUP_DIR and
// keeps the BACKUP_KEEP newest.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startJobQueue } from '../../src/jobs/job-queue.ts';
import { BACKUP_QUEUE, startWorkers } from '../../src/jobs/workers.ts';
import { runScheduledBackup } from '../../src/backup/scheduled-backup.ts';
import { openBackup } from '../../src/backup/read-backup-zip.ts';

let t: TestApp;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gardien-backups-'));
  t = await createTestApp({ BACKUP_DIR: dir, BACKUP_KEEP: '2', BACKUP_HOUR: '4' });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const names = () => readdirSync(dir).sort();

describe('the scheduled backup (embedded database)', () => {
  it('when it runs on three days with BACKUP_KEEP=2, then the two newest remain, named by their day, and other files stay', async () => {
    writeFileSync(join(dir, 'avant-migration.zip'), 'mine');
    const source = { database: t.testDatabase.database, files: t.ctx.files, config: t.ctx.config };
    const removed: string[][] = [];
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      t.clock.current = new Date(`${day}T04:41:00Z`);
      removed.push((await runScheduledBackup({ ...source, now: t.clock.now() })).removed);
    }
    expect(names()).toEqual(['avant-migration.zip', 'gardien-backup-2026-12-02T0441Z.zip', 'gardien-backup-2026-12-03T0441Z.zip']);
    expect(removed).toEqual([[], [], ['gardien-backup-2026-12-01T0441Z.zip']]);
    const newest = await openBackup(join(dir, 'gardien-backup-2026-12-03T0441Z.zip'));
    expect(newest.manifest).toMatchObject({ createdAt: '2026-12-03T04:41:00.000Z', database: { kind: 'pglite', dumpFormat: 'pglite-datadir' } });
    newest.close();
  });

  it('when the workers start on the embedded database, then the backup job is scheduled at BACKUP_HOUR and a run of it writes a backup', async () => {
    t.ctx.jobs = await startJobQueue(t.testDatabase.database, t.ctx.config);
    await startWorkers(t.ctx, t.ctx.jobs, () => undefined, {}, t.testDatabase.database);
    const schedules = await t.ctx.jobs.boss.getSchedules(BACKUP_QUEUE);
    expect(schedules.map((s) => s.cron)).toEqual(['41 4 * * *']);

    t.clock.current = new Date('2026-12-04T04:41:00Z');
    await t.ctx.jobs.boss.send(BACKUP_QUEUE, {});
    const deadline = Date.now() + 60_000;
    while (!names().includes('gardien-backup-2026-12-04T0441Z.zip') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(names()).toEqual(['avant-migration.zip', 'gardien-backup-2026-12-03T0441Z.zip', 'gardien-backup-2026-12-04T0441Z.zip']);
  }, 90_000);
});
