// Crash safety of delivery (PostgreSQL: real `gardien worker` processes on one database, a real
// SMTP server on loopback): two workers share a burst, one is killed with SIGKILL in the middle
// and restarted; every message arrives, the killed worker's messages within 60 s of its restart,
// and none twice.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inArray, sql } from 'drizzle-orm';
import { outboxMessages } from '../../src/db/schema/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { demoRefs } from '../support/tickets.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const COPIES = 400;
let t: TestApp;
let smtp: SmtpSink;
let ids: string[] = [];

function worker() {
  const child = spawn(process.execPath, [MAIN, 'worker'], {
    env: { ...process.env, DATABASE_URL: t.testDatabase.url!, SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', DATA_DIR: t.ctx.config.dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const owner = async () => {
    for (let i = 0; i < 600; i++) {
      const found = /delivery: worker ([0-9a-f-]{36})/.exec(out);
      if (found) return found[1]!;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the worker did not start: ${out}`);
  };
  return { child, exited, owner, output: () => out };
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await t.ctx.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** How many times each of our messages reached the SMTP server, by its Message-ID. */
function arrivals(): Map<string, number> {
  const seen = new Map<string, number>();
  for (const mail of smtp.messages) {
    const id = /^<([^@>]+)@/.exec(mail.messageId ?? '')?.[1];
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return seen;
}

beforeAll(async () => {
  // A slow server (40 ms to accept each message) keeps many messages in flight at the kill.
  smtp = await startSmtpSink({ delayMs: 40 });
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  // The work order's email, and copies of it: a burst queued at once (no worker runs yet).
  await t.ctx.db.execute(sql`
    insert into outbox_messages (organization_id, ticket_id, event_id, dispatch_id, party_id, channel, template, language, recipient_name, recipients,
      subject, text, html, ics, with_link, state, created_at)
    select o.organization_id, o.ticket_id, o.event_id, o.dispatch_id, o.party_id, o.channel, o.template, o.language, o.recipient_name, o.recipients,
      o.subject || ' #' || g, o.text, o.html, o.ics, o.with_link, 'queued', o.created_at
    from outbox_messages o cross join generate_series(1, ${COPIES}) g
    where o.ticket_id = (select id from tickets where number = ${created.json().number}) and o.channel = 'email' and o.state = 'queued'`);
  ids = (await rows<{ id: string }>(sql`select id from outbox_messages where state = 'queued'`)).map((r) => r.id);
  expect(ids.length).toBeGreaterThan(COPIES);
}, 180_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('delivery across a killed worker', () => {
  it('when one of two workers is killed mid-burst and restarted, then every message arrives once, its own within 60 s of the restart', async () => {
    const a = worker();
    const b = worker();
    const ownerA = await a.owner();
    await b.owner();
    for (let i = 0; i < 1200 && arrivals().size < ids.length / 4; i++) await new Promise((r) => setTimeout(r, 50));
    a.child.kill('SIGKILL');
    await a.exited;
    const held = (await rows<{ id: string }>(sql`select id from outbox_messages where state = 'sending' and claimed_by = ${ownerA}`)).map((r) => r.id);
    // Accepted by the SMTP server in the instant between its answer and the commit of `sent`: the
    // one case where a message can arrive twice (with the same Message-ID).
    const acceptedNotRecorded = held.filter((id) => arrivals().has(id));
    expect(held.length, a.output()).toBeGreaterThan(0);
    expect(arrivals().size).toBeLessThan(ids.length);

    const restarted = worker();
    const restartedAt = Date.now();
    let heldSentAfter = Number.NaN;
    for (let i = 0; i < 1800; i++) {
      const [sent] = await rows<{ n: number }>(sql`select count(*)::int as n from outbox_messages where state = 'sent' and ${inArray(outboxMessages.id, held)}`);
      if (Number.isNaN(heldSentAfter) && Number(sent!.n) === held.length) heldSentAfter = Date.now() - restartedAt;
      const [left] = await rows<{ n: number }>(sql`select count(*)::int as n from outbox_messages where state <> 'sent'`);
      if (!Number.isNaN(heldSentAfter) && Number(left!.n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(heldSentAfter, restarted.output()).toBeLessThanOrEqual(60_000);
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from outbox_messages where state <> 'sent'`))[0]!.n).toBe(0);

    await smtp.waitFor(ids.length, 10_000);
    const seen = arrivals();
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    const twice = ids.filter((id) => (seen.get(id) ?? 0) > 1);
    expect(twice.filter((id) => !acceptedNotRecorded.includes(id))).toEqual([]);
    expect(ids.filter((id) => (seen.get(id) ?? 0) > 2)).toEqual([]);

    for (const w of [b, restarted]) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
  }, 150_000);
});
