// A backup of the embedded database while `serve` runs: the CLI cannot open the locked data
// folder, so it asks the server over DATA_DIR/admin.sock; the backup restores into another
// folder, and a server started there shows the same tickets.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startServe } from '../support/cli-process.ts';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gardien-backup-serve-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ticketsOf(url: string): Promise<string[]> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager@demo.gardien.test', password: 'gardien-demo' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const list = await fetch(`${url}/api/v1/tickets?limit=200`, { headers: { cookie } });
  expect(list.status).toBe(200);
  const items = ((await list.json()) as { items: { number: number; subject: string; status: string }[] }).items;
  return items.map((i) => `${i.number} ${i.subject} ${i.status}`).sort();
}

describe('gardien backup while serve runs on the embedded database', () => {
  it('when a backup is asked for while the server runs, then the server writes it, and it restores into a folder a new server opens with the same tickets', async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    const file = join(work, 'gardien.zip');
    const server = await startServe({ DATA_DIR: first });
    let before: string[];
    try {
      before = await ticketsOf(server.url);
      expect(before.length).toBeGreaterThan(10);
      const socket = join(first, 'admin.sock');
      expect(statSync(socket).isSocket()).toBe(true);
      expect(statSync(socket).mode & 0o777).toBe(0o600);

      const backup = await runCli(['backup', file], { DATA_DIR: first });
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/Backup written to .*gardien\.zip/);
      expect(backup.stdout).toMatch(/database: the embedded database \(PGlite data folder\), \d+ rows in \d+ tables/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const twice = await runCli(['backup', file], { DATA_DIR: first });
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/already exists: give the backup a new name/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(join(first, 'admin.sock'))).toBe(false);

    const restore = await runCli(['restore', file], { DATA_DIR: second });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/every count as in the backup/);

    const again = await startServe({ DATA_DIR: second });
    try {
      expect(await ticketsOf(again.url)).toEqual(before);
      const onRunning = await runCli(['restore', file], { DATA_DIR: second });
      expect(onRunning.code).toBe(1);
      expect(onRunning.stderr).toMatch(/Another Gardien process \(pid \d+\) is using the data folder/);
      expect(onRunning.stderr).not.toMatch(/\n\s+at /);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  }, 300_000);
});
