// Live updates across servers (PostgreSQL: two `gardien serve` processes on one database, as
// behind a load balancer): a change made through either reaches the browsers connected to
// both, each once, and still does after the listening connection was cut.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startServe, type RunningServer } from '../support/cli-process.ts';
import { openEventStream, type OpenStream } from '../support/event-stream.ts';
import { TEST_PASSWORD } from '../support/seed.ts';

const MANAGER = 'manager@demo.gardien.test';
let database: TestDatabase;
const folders: string[] = [];
let a: RunningServer;
let b: RunningServer;

async function signIn(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: MANAGER, password: TEST_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('gardien_session='))!;
  return session.split(';')[0]!;
}

async function call(server: RunningServer, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as Record<string, unknown> & { items?: Record<string, string>[] };
}

/** Creates a work order through `server`'s API; returns its number. */
async function createWorkOrder(server: RunningServer, cookie: string, propertyRef: string, subject: string): Promise<number> {
  const [properties, contractors] = [(await call(server, cookie, 'GET', '/properties?limit=200')).items!, (await call(server, cookie, 'GET', '/contractors?limit=200')).items!];
  const created = await call(server, cookie, 'POST', '/tickets', {
    type: 'ODS', propertyId: properties.find((p) => p.externalRef === propertyRef)!.id, subject,
    contractors: [{ contractorId: contractors.find((c) => c.externalRef === 'F-001')!.id, channels: ['email'] }],
  });
  return created.number as number;
}

/** Waits long enough for a duplicate to have arrived, then counts the events of one ticket. */
async function heardOnce(stream: OpenStream, number: number) {
  await stream.waitFor(number);
  await new Promise((r) => setTimeout(r, 750));
  return stream.events.filter((e) => e.number === number).length;
}

async function listeningConnections(): Promise<number[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and application_name = 'gardien-live' and query ilike 'listen%'`);
    return result.rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const secret = randomBytes(32).toString('base64url');
  const start = (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'gardien-live-'));
    folders.push(dir);
    return startServe({ DATABASE_URL: database.url!, DATA_DIR: dir, GARDIEN_SECRET: secret, HOST: '127.0.0.1', ...env });
  };
  [a, b] = await Promise.all([start({}), start({ WORKERS: '0' })]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('live updates across two web processes', () => {
  it('when a ticket is created through A, then the browsers on B and on A each hear it once', async () => {
    const [onA, onB] = [await signIn(a), await signIn(b)];
    const [streamA, streamB] = await Promise.all([openEventStream(a.url, onA), openEventStream(b.url, onB)]);
    try {
      const number = await createWorkOrder(a, onA, 'COP-001', 'Fuite vue des deux serveurs');
      expect((await streamB.waitFor(number)).number).toBe(number);
      expect(await heardOnce(streamB, number)).toBe(1);
      expect(await heardOnce(streamA, number)).toBe(1);

      // And the other way: an internal note written through B reaches A.
      await call(b, onB, 'POST', `/tickets/${number}/actions`, { action: 'internal_note', body: 'Vu depuis B' });
      await expect.poll(() => streamA.events.filter((e) => e.number === number).length, { timeout: 10_000 }).toBe(2);
      await new Promise((r) => setTimeout(r, 750));
      expect(streamA.events.filter((e) => e.number === number)).toHaveLength(2);
      expect(streamB.events.filter((e) => e.number === number)).toHaveLength(2);
    } finally {
      streamA.close();
      streamB.close();
    }
  });

  it('when B\u2019s listening connection is cut, then it connects again and its browsers hear A\u2019s next change', async () => {
    const [onA, onB] = [await signIn(a), await signIn(b)];
    const streamB = await openEventStream(b.url, onB);
    try {
      const before = await listeningConnections();
      expect(before).toHaveLength(2);
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) pid', [before]);
      await admin.end();
      // Both processes listen again on new connections.
      await expect.poll(async () => (await listeningConnections()).filter((pid) => !before.includes(pid)).length, { timeout: 15_000, interval: 200 }).toBe(2);

      const number = await createWorkOrder(a, onA, 'COP-002', 'Après la coupure');
      expect(await heardOnce(streamB, number)).toBe(1);
    } finally {
      streamB.close();
    }
  });
});
