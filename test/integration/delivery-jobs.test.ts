// Delivery by the job queue: pg-boss jobs written with the change, a worker sending them,
// retries when the SMTP server refuses, and the SMS adapter speaking Twilio's API over HTTP.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { startTwilioSink, type TwilioSink } from '../support/twilio-sink.ts';
import { demoRefs } from '../support/tickets.ts';
import { startJobQueue } from '../../src/jobs/job-queue.ts';
import { startWorkers } from '../../src/jobs/workers.ts';

let t: TestApp;
let smtp: SmtpSink;
let twilio: TwilioSink;
let manager: string;

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  twilio = await startTwilioSink();
  t = await createTestApp({
    SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'secret-token',
    TWILIO_FROM: '+33700000000', TWILIO_BASE_URL: twilio.url, DELIVERY_RETRIES: '2', DELIVERY_RETRY_SECONDS: '1',
  });
  t.ctx.jobs = await startJobQueue(t.testDatabase.database, { ...t.ctx.config, databaseUrl: t.testDatabase.url });
  await startWorkers(t.ctx, t.ctx.jobs, () => undefined);
  manager = await t.login('manager@demo.gardien.test');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await twilio?.close();
});

const outboxOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${n}`)).json().items as { channel: string; state: string; template: string; attempts: number; lastError: string | null; recipients: string[] }[];

describe('delivery jobs', () => {
  it('when a work order is created, then the worker sends its email and SMS, each once', async () => {
    const refs = await demoRefs(t, manager);
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email', 'sms'] }],
    });
    const n = created.json().number;
    const items = await waitFor('the work order to leave', () => outboxOf(n), (rows) => rows.length > 0 && rows.every((r) => r.state === 'sent'));
    expect(items.map((r) => `${r.template}/${r.channel}`).sort()).toEqual(['work_order/email', 'work_order/sms']);
    expect(smtp.messages.filter((m) => m.subject === `[Ticket n°${n}] Ordre de service`)).toHaveLength(1);
    const sms = twilio.received.filter((r) => r.form.get('Body')?.startsWith(`Ticket ${n}:`));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(sms[0]!.authorization).toBe(`Basic ${Buffer.from('AC123:secret-token').toString('base64')}`);
    expect(sms[0]!.form.get('To')).toBe('+33639982233');
    expect(sms[0]!.form.get('From')).toBe('+33700000000');
    expect(sms[0]!.form.get('Body')).toMatch(/\/x\/[A-Za-z0-9_-]{43}/);
  });

  it('when the SMS provider keeps refusing, then the message is retried and ends failed with the provider\u2019s reason', async () => {
    const refs = await demoRefs(t, manager);
    twilio.failWith = { status: 400, code: 21211, message: "The 'To' number is not a valid phone number." };
    try {
      const created = await t.call(manager, 'POST', '/api/v1/tickets', {
        type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'SMS refusé', contractors: [{ contractorId: refs.contractor('F-004').id, channels: ['sms'] }],
      });
      const n = created.json().number;
      const rows = await waitFor('the SMS to fail', () => outboxOf(n), (all) => all.some((r) => r.channel === 'sms' && r.state === 'failed'), 60_000);
      const failed = rows.find((r) => r.channel === 'sms')!;
      expect(failed.attempts).toBe(3);
      expect(failed.lastError).toContain('21211');
      expect(failed.lastError).toContain('not a valid phone number');
      // The provider works again: the manager sends it once more from the outbox.
      twilio.failWith = undefined;
      const all = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${n}&channel=sms`)).json().items as { id: string }[];
      const retry = await t.call(manager, 'POST', `/api/v1/outbox/${all[0]!.id}/retry`);
      expect(retry.statusCode, retry.body).toBe(200);
      await waitFor('the retried SMS to leave', () => outboxOf(n), (rows) => rows.some((r) => r.channel === 'sms' && r.state === 'sent'));
      const again = await t.call(manager, 'POST', `/api/v1/outbox/${all[0]!.id}/retry`);
      expect(again.statusCode).toBe(409);
    } finally {
      twilio.failWith = undefined;
    }
  }, 90_000);
});
