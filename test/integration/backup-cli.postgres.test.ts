// `gardien backup` and `gardien restore` as an operator runs them on PostgreSQL: pg_dump or the
// logical export, restore into a new empty database, and the refusals as one sentence, exit 1.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { emptyTarget, everyRow, type RestoreTarget } from '../support/backup-targets.ts';

let source: TestDatabase;
let work: string;
const targets: RestoreTarget[] = [];

beforeAll(async () => {
  source = await createTestDatabase();
  work = mkdtempSync(join(tmpdir(), 'gardien-backup-cli-'));
  mkdirSync(join(work, 'data', 'files', 'org', '2026', '12'), { recursive: true });
  writeFileSync(join(work, 'data', 'files', 'org', '2026', '12', 'devis'), 'Devis de toiture');
});
afterAll(async () => {
  for (const target of targets) await target.drop();
  await source?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('gardien backup and restore on PostgreSQL', () => {
  it.each([
    { args: [] as string[], words: 'PostgreSQL (pg_dump, custom format)' },
    { args: ['--logical'], words: 'PostgreSQL (logical export, JSON lines)' },
  ])('when backed up ($words) and restored into a new empty database, then it holds the same rows and files; a second restore is refused', async ({ args, words }) => {
    const file = join(work, `backup${args.join('')}.zip`);
    const env = { DATABASE_URL: source.url!, DATA_DIR: join(work, 'data'), GARDIEN_SECRET: 'secret-of-the-test-server-0123456789' };
    const backup = await runCli(['backup', ...args, file], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`database: ${words}`);
    expect(backup.stdout).toMatch(/files: 1 \(16 B\)/);

    const target = await emptyTarget();
    targets.push(target);
    const targetEnv = { DATABASE_URL: target.config.databaseUrl!, DATA_DIR: target.config.dataDir, GARDIEN_SECRET: env.GARDIEN_SECRET };
    const restore = await runCli(['restore', file], targetEnv);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/every count as in the backup/);
    expect(restore.stdout).toMatch(/note: The backup carries no secret: its server had GARDIEN_SECRET; give this one the same GARDIEN_SECRET/);
    const restored = await target.open();
    try {
      expect(await everyRow(restored.db)).toEqual(await everyRow(source.database.db));
    } finally {
      await restored.close();
    }
    const bytes = [];
    for await (const chunk of await target.files.get('org/2026/12/devis')) bytes.push(chunk as Buffer);
    expect(Buffer.concat(bytes).toString()).toBe('Devis de toiture');

    const again = await runCli(['restore', file], targetEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^gardien: The database of DATABASE_URL is not empty: a backup is restored only into an empty one/);
    expect(again.stderr).not.toMatch(/\n\s+at /);

    const embedded = await runCli(['restore', file], { DATA_DIR: join(work, `embedded${args.join('')}`) });
    expect(embedded.code).toBe(1);
    expect(embedded.stderr).toMatch(/This backup is of PostgreSQL and the target is the embedded database: set DATABASE_URL to an empty database/);
  }, 120_000);
});
