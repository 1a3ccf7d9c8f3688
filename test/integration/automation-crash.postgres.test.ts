// Crash safety of the automation (PostgreSQL: two processes on one database): a worker killed in
// the middle of a batch of due reminders, then restarted, and two workers racing, leave every
// reminder sent exactly once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { createTicket } from '../../src/tickets/create-ticket.ts';
import type { Actor } from '../../src/auth/actor.ts';

const SCRIPT = fileURLToPath(new URL('../support/automation-process.ts', import.meta.url));
const TICKETS = 240;
let t: TestApp;

function worker(now: string, batch = 10) {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, DATABASE_URL: t.testDatabase.url!, GARDIEN_NOW: now, BATCH: String(batch), DATA_DIR: t.ctx.config.dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = await t.ctx.db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as { n: number }[];
  return Number(rows[0]!.n);
}

const remindersInOutbox = () => count(sql`select count(*)::int as n from outbox_messages where template = 'reminder_work_order'`);
const reminderEvents = () => count(sql`select count(*)::int as n from ticket_events where type = 'reminder_sent'`);
const duplicates = () => count(sql`select count(*)::int as n from (select dispatch_id from ticket_events where type = 'reminder_sent' group by dispatch_id having count(*) > 1) d`);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  const me = (await t.call(manager, 'GET', '/api/v1/me')).json();
  const actor: Actor = { userId: me.user.id, organizationId: me.organization.id, roles: ['manager'], via: 'session' };
  for (let i = 0; i < TICKETS; i++) {
    await createTicket(t.ctx, actor, {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: `Relance ${i}`,
      contractors: [{ contractorId: refs.contractor('F-002').id, channels: ['email'] }],
      reminders: { workOrder: { every: 1, unit: 'days', max: 2 } },
    });
  }
}, 180_000);
afterAll(() => t?.close());

describe('automation across crashes and concurrent workers', () => {
  it('when the worker is killed mid-batch and restarted, then each due reminder is sent exactly once', async () => {
    const first = worker('2026-12-02T09:00:00Z', 5);
    // Kill it once some, but not all, reminders are written.
    for (let i = 0; i < 600 && (await remindersInOutbox()) < 40; i++) await new Promise((r) => setTimeout(r, 25));
    first.child.kill('SIGKILL');
    await first.exited;
    const halfway = await remindersInOutbox();
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(TICKETS);
    expect(await reminderEvents()).toBe(halfway);

    const second = worker('2026-12-02T09:00:00Z');
    expect(await second.exited, second.output()).toBe(0);
    expect(await remindersInOutbox()).toBe(TICKETS);
    expect(await reminderEvents()).toBe(TICKETS);
    expect(await duplicates()).toBe(0);
  }, 120_000);

  it('when two workers run the next round at once, then they share it and nothing is sent twice', async () => {
    const a = worker('2026-12-03T09:30:00Z', 7);
    const b = worker('2026-12-03T09:30:00Z', 7);
    expect(await a.exited, a.output()).toBe(0);
    expect(await b.exited, b.output()).toBe(0);
    const [ra, rb] = [JSON.parse(a.output().trim().split('\n').at(-1)!), JSON.parse(b.output().trim().split('\n').at(-1)!)];
    expect(ra.reminder + rb.reminder).toBe(TICKETS);
    expect(await remindersInOutbox()).toBe(2 * TICKETS);
    expect(await count(sql`select count(*)::int as n from dispatches where reminders_sent <> 2`)).toBe(0);
  }, 120_000);
});
