// The delivery worker's lease, in one process: a message held by a worker that stopped renewing
// comes back when the lease ends and leaves once; the old holder can no longer record over it;
// a sent message is never claimed again; a burst leaves over pooled connections, each once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { demoRefs } from '../support/tickets.ts';
import { outboxMessages } from '../../src/db/schema/index.ts';
import { claimDueMessages, claimMessage, finishDelivery } from '../../src/db/repositories/outbox.ts';
import { startDeliveryWorker } from '../../src/jobs/delivery-worker.ts';

let t: TestApp;
let smtp: SmtpSink;
let manager: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
  manager = await t.login('manager@demo.gardien.test');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** A new work order; returns the id of its queued email to the contractor. */
async function queuedWorkOrderEmail(subject: string): Promise<string> {
  const refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject, contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const items = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${created.json().number}&channel=email`)).json().items as { id: string; state: string; template: string }[];
  return items.find((m) => m.template === 'work_order' && m.state === 'queued')!.id;
}

const stateOf = async (id: string) => (await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;
const arrived = (id: string) => smtp.messages.filter((m) => m.messageId?.startsWith(`<${id}@`)).length;

describe('the delivery lease', () => {
  it('when the worker holding a message stops renewing, then another sends it after the lease, once, and the old holder cannot record', async () => {
    const id = await queuedWorkOrderEmail('Bail expiré');
    // A worker that claimed it and died: a lease of one second, never renewed.
    const dead = '00000000-0000-4000-8000-000000000001';
    expect(await claimMessage(t.ctx.db, id, dead, 1)).toBeDefined();
    const worker = startDeliveryWorker(t.ctx, { idleMilliseconds: 100 });
    try {
      for (let i = 0; i < 100 && (await stateOf(id)).state !== 'sent'; i++) await new Promise((r) => setTimeout(r, 100));
      const row = await stateOf(id);
      expect(row.state).toBe('sent');
      expect(row.attempts).toBe(2);
      expect(arrived(id)).toBe(1);
      // The dead worker's late result is refused: the message stays as the live one recorded it.
      expect(await finishDelivery(t.ctx.db, id, dead, { state: 'failed', lastError: 'late' })).toBe(false);
      expect((await stateOf(id)).state).toBe('sent');
      // A sent message is never claimed again, by id or from the queue.
      expect(await claimMessage(t.ctx.db, id, dead, 30)).toBeUndefined();
      await t.ctx.db.update(outboxMessages).set({ availableAt: sql`now() - interval '1 hour'` }).where(eq(outboxMessages.id, id));
      expect((await claimDueMessages(t.ctx.db, dead, 1000, 30)).map((r) => r.id)).not.toContain(id);
    } finally {
      await worker.stop();
    }
  });

  it('when a live worker holds a message, then no other worker can claim it', async () => {
    const id = await queuedWorkOrderEmail('Bail tenu');
    expect(await claimMessage(t.ctx.db, id, '00000000-0000-4000-8000-000000000002', 30)).toBeDefined();
    expect(await claimMessage(t.ctx.db, id, '00000000-0000-4000-8000-000000000003', 30)).toBeUndefined();
    expect((await claimDueMessages(t.ctx.db, '00000000-0000-4000-8000-000000000003', 1000, 30)).map((r) => r.id)).not.toContain(id);
  });

  it('when two workers share a burst, then every message arrives once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await queuedWorkOrderEmail(`Rafale ${i}`));
    // Copies of the three emails: a burst of 150 queued at once.
    const copies = await t.ctx.db.execute(sql`
      insert into outbox_messages (organization_id, ticket_id, dispatch_id, channel, template, language, recipient_name, recipients, subject, text, html, with_link, state, created_at)
      select o.organization_id, o.ticket_id, o.dispatch_id, o.channel, o.template, o.language, o.recipient_name, o.recipients, o.subject || ' #' || g, o.text, o.html, o.with_link, 'queued', o.created_at
      from outbox_messages o cross join generate_series(1, 49) g where o.id in ${ids} returning id`);
    ids.push(...((Array.isArray(copies) ? copies : (copies as { rows: { id: string }[] }).rows) as { id: string }[]).map((r) => r.id));
    expect(ids).toHaveLength(150);
    const workers = [startDeliveryWorker(t.ctx, { concurrency: 4 }), startDeliveryWorker(t.ctx, { concurrency: 4 })];
    try {
      for (const w of workers) w.wake();
      const unsent = async () => (await t.ctx.db.select({ state: outboxMessages.state }).from(outboxMessages).where(inArray(outboxMessages.id, ids))).filter((s) => s.state !== 'sent').length;
      // A message arrives a moment before its worker records it sent: wait for both.
      for (let i = 0; i < 300 && (ids.some((id) => arrived(id) === 0) || (await unsent()) > 0); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await unsent()).toBe(0);
      expect(ids.filter((id) => arrived(id) !== 1)).toEqual([]);
      expect(workers.every((w) => w.counts.sent > 0)).toBe(true);
      expect(workers[0]!.counts.sent + workers[1]!.counts.sent).toBeGreaterThanOrEqual(150);
    } finally {
      for (const w of workers) await w.stop();
    }
  }, 60_000);
});
