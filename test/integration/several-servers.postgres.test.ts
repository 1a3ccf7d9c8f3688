// Several servers (PostgreSQL only): the layout of docs/operations.md run for real — two web
// processes (`serve` with WORKERS=0) and two `gardien worker` processes on one database, one
// S3-compatible bucket (s3rver) for the files, a real SMTP server on loopback for the mail, and
// each process its own DATA_DIR, so nothing is shared by disk. Journeys go through both web
// processes; then one web process and one worker are killed (SIGKILL) in the middle of a burst
// of tickets, and nothing is lost or sent twice.
//
// The one duplicate allowed is SMTP's own gap (docs/ARCHITECTURE.md, "Delivery"): a message the
// SMTP server took while its worker died before recording `sent` goes again with the same
// Message-ID. The sink here keeps a message as soon as its data has arrived, before it answers,
// so a worker killed in between leaves that message behind in the sink too. So: every outbox row
// arrives, its Message-ID at least once; twice only for rows the killed worker was holding
// (`sending`, claimed by it) at its death, never three times; every other row exactly once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startServe, startWorker, type RunningServer, type RunningWorker } from '../support/cli-process.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { startS3Server, type S3Server } from '../support/s3-server.ts';
import { mailsTo, linkIn, PNG } from '../support/exchange.ts';
import { TEST_PASSWORD } from '../support/seed.ts';

const MANAGER = 'manager@demo.gardien.test';
const CONTRACTOR = 'contact@plomberie-dupuis.example.test';
const MAIL_FROM = 'Agence Démo <gestion@agence-demo.test>';
/** The address the reverse proxy answers on: every process mints its links with it. */
const PUBLIC_URL = 'https://gardien.example.test';
const BURST = 40;
/** Requests in flight at once during the burst, across both web processes. */
const PARALLEL = 8;

let database: TestDatabase;
let s3: S3Server;
let smtp: SmtpSink;
let admin: pg.Client;
const folders: string[] = [];
let a: RunningServer;
let b: RunningServer;
let w1: RunningWorker;
let w2: RunningWorker;
/** Ticket numbers of the journeys, and the attachment uploaded through A. */
const journey: { onA?: number; onB?: number; attachmentUrl?: string } = {};

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await admin.query(text, values)).rows as T[];
}

async function signIn(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: MANAGER, password: TEST_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.headers.getSetCookie().find((c) => c.startsWith('gardien_session='))!.split(';')[0]!;
}

/** One API call; returns the status and the parsed body. */
async function call(server: RunningServer, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, text, json: (text ? JSON.parse(text) : undefined) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function ok(server: RunningServer, cookie: string, method: string, path: string, body?: unknown) {
  const answer = await call(server, cookie, method, path, body);
  expect(answer.status, `${method} ${path}: ${answer.text}`).toBeLessThan(300);
  return answer.json;
}

let refs: { propertyId: string; contractorId: string } | undefined;
function workOrder(subject: string) {
  return { type: 'ODS', propertyId: refs!.propertyId, subject, contractors: [{ contractorId: refs!.contractorId, channels: ['email'] }] };
}

/** How many times each Message-ID (its local part: the outbox row's id) reached the SMTP server. */
function arrivals(): Map<string, number> {
  const seen = new Map<string, number>();
  for (const mail of smtp.messages) {
    const id = /^<([^@>]+)@/.exec(mail.messageId ?? '')?.[1];
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return seen;
}

beforeAll(async () => {
  [database, s3, smtp] = await Promise.all([createTestDatabase(), startS3Server(), startSmtpSink({ delayMs: 400 })]);
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const shared = {
    DATABASE_URL: database.url!, GARDIEN_SECRET: randomBytes(32).toString('base64url'), PUBLIC_URL, ...s3.env,
    SMTP_URL: smtp.url, MAIL_FROM, HOST: '127.0.0.1',
  };
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gardien-multi-'));
    folders.push(dir);
    return dir;
  };
  // Each assigned as soon as it runs, and all awaited, so afterAll stops those that started if another did not.
  const starts = await Promise.allSettled([
    startServe({ ...shared, DATA_DIR: folder(), WORKERS: '0' }).then((p) => (a = p)),
    startServe({ ...shared, DATA_DIR: folder(), WORKERS: '0' }).then((p) => (b = p)),
    startWorker({ ...shared, DATA_DIR: folder() }).then((p) => (w1 = p)),
    startWorker({ ...shared, DATA_DIR: folder() }).then((p) => (w2 = p)),
  ]);
  for (const start of starts) if (start.status === 'rejected') throw start.reason;
}, 180_000);

afterAll(async () => {
  for (const p of [a, b, w1, w2]) if (p && p.child.exitCode === null && p.child.signalCode === null) await p.stop();
  await admin?.end();
  await database?.drop();
  await Promise.all([smtp?.close(), s3?.close()]);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('two web processes and two workers on one PostgreSQL', () => {
  it('when a manager works through A and through B, then each sees the other\u2019s tickets, files and changes, and a contractor\u2019s answer through a delivered link lands on B', async () => {
    const [onA, onB] = [await signIn(a), await signIn(b)];
    const properties = (await ok(a, onA, 'GET', '/properties?limit=200')).items as { id: string; externalRef: string }[];
    const contractors = (await ok(b, onB, 'GET', '/contractors?limit=200')).items as { id: string; externalRef: string }[];
    refs = { propertyId: properties.find((p) => p.externalRef === 'COP-001')!.id, contractorId: contractors.find((c) => c.externalRef === 'F-001')!.id };

    const createdOnA = await ok(a, onA, 'POST', '/tickets', workOrder('Fuite créée sur A'));
    const createdOnB = await ok(b, onB, 'POST', '/tickets', workOrder('Fuite créée sur B'));
    journey.onA = createdOnA.number as number;
    journey.onB = createdOnB.number as number;
    expect(journey.onB).toBe(journey.onA + 1);
    expect(await ok(b, onB, 'GET', `/tickets/${journey.onA}`)).toMatchObject({ number: journey.onA, subject: 'Fuite créée sur A' });
    expect(await ok(a, onA, 'GET', `/tickets/${journey.onB}`)).toMatchObject({ number: journey.onB, subject: 'Fuite créée sur B' });

    // A file uploaded through A is kept in the bucket and read back through B, byte for byte.
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'fuite.png');
    const uploaded = await fetch(`${a.url}/api/v1/tickets/${journey.onA}/attachments`, { method: 'POST', headers: { cookie: onA }, body: form });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const [file] = (await uploaded.json()).items as { id: string; url: string }[];
    await ok(a, onA, 'POST', `/tickets/${journey.onA}/actions`, { action: 'add_attachments', attachmentIds: [file!.id] });
    journey.attachmentUrl = file!.url;
    const download = await fetch(`${b.url}${file!.url}`, { headers: { cookie: onB } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await ok(b, onB, 'GET', `/tickets/${journey.onA}`)).documents.map((d: { filename: string }) => d.filename)).toEqual(['fuite.png']);
    // In the bucket, not on a disk of A's.
    expect(folders.filter((dir) => existsSync(join(dir, 'files')))).toEqual([]);

    // A worker delivered the work order with a personal link; the contractor answers through B.
    await expect.poll(() => mailsTo(smtp, CONTRACTOR, `[Ticket n°${journey.onA}]`).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const secret = linkIn(mailsTo(smtp, CONTRACTOR, `[Ticket n°${journey.onA}]`)[0]);
    expect(mailsTo(smtp, CONTRACTOR, `[Ticket n°${journey.onA}]`)[0]!.text).toContain(`${PUBLIC_URL}/x/${secret}`);
    const answered = await fetch(`${b.url}/api/v1/exchange/${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'accept', startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), durationMinutes: 60 }) });
    expect(answered.status, await answered.clone().text()).toBe(200);
    expect((await answered.json()).dispatch).toMatchObject({ state: 'accepted' });

    // A change made through B (a note) and the contractor's answer are in A's history.
    await ok(b, onB, 'POST', `/tickets/${journey.onA}/actions`, { action: 'internal_note', body: 'Noté depuis B' });
    const history = (await ok(a, onA, 'GET', `/tickets/${journey.onA}/events`)).items as { type: string; actorType: string }[];
    expect(history.map((e) => `${e.actorType}:${e.type}`)).toEqual([
      'staff:internal_note', 'contractor:contractor_accepted', 'staff:attachments_added', 'staff:work_order_sent', 'staff:ticket_created',
    ]);
  }, 60_000);

  it('when web A and worker 1 are killed in the middle of a burst, then every ticket that was answered 201 exists once, and every message leaves, once but for SMTP\u2019s own gap', async () => {
    expect(refs, 'the journeys ran first').toBeDefined();
    const [onA, onB] = [await signIn(a), await signIn(b)];
    const started = new Date();
    let aDead = false;
    let pendingOnA = 0;
    type Outcome = { subject: string; via: 'A' | 'B'; status?: number; number?: number; error?: string };
    const outcomes: Outcome[] = [];

    // PARALLEL clients take the burst's tickets in turn, alternating A and B; once A is dead, the
    // proxy sends everything to B (a request that was in flight on A is not sent again).
    let next = 0;
    const client = async () => {
      for (let i = next++; i < BURST; i = next++) {
        const via = i % 2 === 0 && !aDead ? 'A' : 'B';
        const outcome: Outcome = { subject: `Rafale ${String(i).padStart(2, '0')}`, via };
        outcomes.push(outcome);
        if (via === 'A') pendingOnA++;
        try {
          const answer = await call(via === 'A' ? a : b, via === 'A' ? onA : onB, 'POST', '/tickets', workOrder(outcome.subject));
          outcome.status = answer.status;
          outcome.number = answer.json?.number as number | undefined;
        } catch (error) {
          outcome.error = String((error as { cause?: unknown }).cause ?? error);
        } finally {
          if (via === 'A') pendingOnA--;
        }
      }
    };
    const clients = Array.from({ length: PARALLEL }, client);

    // The kill: once a quarter of the burst was answered, at an instant when A has requests in
    // flight and worker 1 holds messages it is sending.
    let heldAtKill: string[] = [];
    let inFlightOnA = 0;
    for (let i = 0; i < 1500; i++) {
      if (outcomes.filter((o) => o.status !== undefined).length >= BURST / 4 && pendingOnA > 0) {
        const held = await query<{ id: string }>(`select id from outbox_messages where state = 'sending' and claimed_by = $1`, [w1.owner]);
        if (held.length > 0 && pendingOnA > 0) {
          inFlightOnA = pendingOnA;
          a.child.kill('SIGKILL');
          w1.child.kill('SIGKILL');
          aDead = true;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(aDead, 'the kill happened mid-burst').toBe(true);
    await Promise.all([a.exited, w1.exited]);
    // What worker 1 held when it died: those rows wait for their lease to end (30 s), then go.
    heldAtKill = (await query<{ id: string }>(`select id from outbox_messages where state = 'sending' and claimed_by = $1`, [w1.owner])).map((r) => r.id);
    expect(heldAtKill.length).toBeGreaterThan(0);
    expect(inFlightOnA).toBeGreaterThan(0);
    await Promise.all(clients);

    // Tickets: every 201 exists once with its number; a request cut by A's death exists at most
    // once (committed before the kill, or rolled back); numbers have no gap.
    expect(outcomes).toHaveLength(BURST);
    const accepted = outcomes.filter((o) => o.status === 201);
    const cut = outcomes.filter((o) => o.status === undefined);
    expect(outcomes.filter((o) => o.status !== undefined && o.status !== 201)).toEqual([]);
    expect(cut.every((o) => o.via === 'A')).toBe(true);
    expect(accepted.length).toBeGreaterThanOrEqual(BURST - inFlightOnA);
    const stored = await query<{ subject: string; n: number; number: number }>(
      `select subject, count(*)::int as n, min(number) as number from tickets where subject like 'Rafale %' group by subject`);
    const bySubject = new Map(stored.map((r) => [r.subject, r]));
    for (const o of accepted) expect(bySubject.get(o.subject), o.subject).toMatchObject({ n: 1, number: o.number });
    expect(stored.filter((r) => r.n > 1)).toEqual([]);
    expect(stored.length).toBeLessThanOrEqual(BURST);
    const gaps = await query<{ number: number }>(
      `select g as number from (select organization_id, min(number) as low, max(number) as high from tickets where subject like 'Rafale %' group by 1) r
         cross join generate_series(r.low, r.high) g
       where not exists (select 1 from tickets t where t.organization_id = r.organization_id and t.number = g)`);
    expect(gaps, JSON.stringify(outcomes)).toEqual([]);

    // Delivery: worker 2 sends everything, worker 1's messages once their lease ended.
    let left = Number.NaN;
    for (let i = 0; i < 900; i++) {
      left = (await query<{ n: number }>(`select count(*)::int as n from outbox_messages where state in ('queued', 'sending')`))[0]!.n;
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(left, w2.output()).toBe(0);
    const rows = await query<{ id: string; state: string; channel: string }>(
      `select o.id, o.state, o.channel from outbox_messages o join tickets t on t.id = o.ticket_id where t.subject like 'Rafale %' or t.number = any($1::int[])`,
      [[journey.onA, journey.onB]]);
    expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
    // Worker 1's rows were claimed again (by worker 2) once their lease ended.
    const again = await query<{ attempts: number }>(`select attempts from outbox_messages where id = any($1::uuid[])`, [heldAtKill]);
    expect(again.map((r) => r.attempts >= 2)).toEqual(heldAtKill.map(() => true));
    // Each ticket of the burst queued its work order to the contractor.
    const silent = await query<{ subject: string }>(
      `select t.subject from tickets t where t.subject like 'Rafale %' and not exists (select 1 from outbox_messages o where o.ticket_id = t.id and o.channel = 'email' and o.template = 'work_order')`);
    expect(silent).toEqual([]);
    const emails = rows.filter((r) => r.channel === 'email').map((r) => r.id);
    const everything = (await query<{ id: string }>(`select id from outbox_messages where channel = 'email' and state = 'sent' and created_at >= $1`, [started])).map((r) => r.id);
    await smtp.waitFor(new Set(everything).size, 10_000);
    const seen = arrivals();
    expect(emails.filter((id) => !seen.has(id))).toEqual([]);
    const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice.filter((id) => !heldAtKill.includes(id))).toEqual([]);
    expect([...seen].filter(([, n]) => n > 2)).toEqual([]);
    // Nothing arrived that is not an outbox row of this database.
    const known = new Set((await query<{ id: string }>(`select id from outbox_messages where channel = 'email'`)).map((r) => r.id));
    expect([...seen.keys()].filter((id) => !known.has(id))).toEqual([]);

    // The file uploaded through A (dead now) is still read through B, from the bucket.
    const download = await fetch(`${b.url}${journey.attachmentUrl}`, { headers: { cookie: onB } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);

    // The automation pass (pg-boss's schedule, every minute) ran, once per minute across workers.
    await expect.poll(async () => (await query<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'automation' and state = 'completed'`))[0]!.n, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);
    const perMinute = await query<{ minute: string; n: number }>(
      `select date_trunc('minute', start_after) as minute, count(*)::int as n from pgboss.job where name = 'automation' group by 1 having count(*) > 1`);
    expect(perMinute).toEqual([]);
  }, 150_000);
});
