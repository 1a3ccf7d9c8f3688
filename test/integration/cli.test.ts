// The command line as a user runs it: first start with the demo agency, the data folder's lock,
// a second start on the same data, SIGTERM, and the user, token, demo and migrate commands.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runCli, startServe } from '../support/cli-process.ts';
import { testDatabaseKind, postgresAdminUrl, databaseUrl } from '../support/test-env.ts';

const kind = testDatabaseKind();
let dataDir: string;
const env: Record<string, string> = {};
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gardien-cli-'));
  env.DATA_DIR = dataDir;
  if (kind === 'postgres') {
    // An empty database, as a new installation finds it: no template, no demo.
    const admin = postgresAdminUrl();
    const name = `gardien_cli_${randomBytes(5).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    env.DATABASE_URL = databaseUrl(admin, name);
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    env.DATABASE_URL = '';
  }
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase?.();
});

async function signIn(url: string, email: string, password: string) {
  return fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

// Each test starts real processes one after another (a few seconds of CPU each): on a loaded
// machine they need more than the default 30 s, which says nothing about the product.
describe(`gardien on ${kind}`, { timeout: 180_000 }, () => {
  it('when each command is asked for --help, then it explains itself', async () => {
    for (const command of ['serve', 'migrate', 'demo', 'import', 'user', 'token']) {
      const result = await runCli([command, '--help'], env);
      expect(result.code, command).toBe(0);
      expect(result.stdout).toContain(`Usage: gardien ${command}`);
    }
  });

  if (kind === 'pglite') {
    it('when started on a fresh data folder, then it migrates, loads the demo, prints its logins as public, and answers', async () => {
      const server = await startServe(env);
      try {
        expect(server.output()).toContain('manager@demo.gardien.test');
        expect(server.output()).toMatch(/PUBLIC/);
        const health = await (await fetch(`${server.url}/healthz`)).json();
        expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
        expect((await signIn(server.url, 'manager@demo.gardien.test', 'gardien-demo')).status).toBe(200);
        expect(existsSync(join(dataDir, 'gardien.lock'))).toBe(true);

        const second = await runCli(['serve'], { ...env, PORT: '0' });
        expect(second.code).toBe(1);
        expect(second.stderr).toMatch(/Another Gardien process \(pid \d+\) is using the data folder/);
      } finally {
        expect(await server.stop()).toBe(0);
      }
      expect(existsSync(join(dataDir, 'gardien.lock'))).toBe(false);
    });
  } else {
    it('when started on an empty PostgreSQL database, then it migrates, creates no demo logins, and says how to begin', async () => {
      const server = await startServe(env);
      try {
        expect(server.output()).toContain('npx gardien demo');
        expect(server.output()).not.toContain('manager@demo.gardien.test');
        expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ status: 'ok', database: 'postgres' });
        expect((await signIn(server.url, 'manager@demo.gardien.test', 'gardien-demo')).status).toBe(401);
      } finally {
        expect(await server.stop()).toBe(0);
      }
      const demo = await runCli(['demo'], env);
      expect(demo.code).toBe(0);
      expect(demo.stdout).toContain('Demo agency created.');
      expect((await runCli(['demo'], env)).stdout).toContain('already there');
    });
  }

  it('when a user is created, then a second start on the same data lets them sign in, and their token works', async () => {
    const created = await runCli(['user', '--email', 'lucie@demo.gardien.test', '--name', 'Lucie Caron', '--roles', 'manager,agent', '--org', 'demo'], env);
    expect(created.code, created.stderr).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeTruthy();

    const bad = await runCli(['user', '--email', 'x@demo.gardien.test', '--name', 'X', '--roles', 'boss', '--org', 'demo'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Unknown role(s): boss');

    const token = await runCli(['token', '--email', 'lucie@demo.gardien.test', '--name', 'compta'], env);
    expect(token.code, token.stderr).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^gdn_/);

    const server = await startServe(env);
    try {
      expect((await signIn(server.url, 'lucie@demo.gardien.test', password!)).status).toBe(200);
      const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.name).toBe('Lucie Caron');
    } finally {
      await server.stop();
    }
  });

  it('when migrate runs on an up-to-date database, then it says so and changes nothing', async () => {
    const result = await runCli(['migrate'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is up to date');
  });
});
