// Malformed mail at the SMTP door: the HTTP door's fuzz (inbound-fuzz.test.ts: corpus messages
// cut, spliced, with bytes flipped, hostile headers, noise — fixed seed) sent by a real SMTP client
// to the listener. Whatever comes in, the answer is a 250 once recorded (never a 451: that would
// be Gardien failing), the listener keeps running, and tickets and records add up.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import nodemailer from 'nodemailer';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { brokenMail, FUZZ_SEEDS } from '../support/broken-mail.ts';
import { inboundConsistency } from '../../src/db/repositories/inbound.ts';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.ts';

let t: TestApp;
let organizationId: string;
let address: string;
let listener: SmtpListener;
let mailer: ReturnType<typeof nodemailer.createTransport>;

beforeAll(async () => {
  t = await createTestApp({ INBOUND_DOMAIN: 'entrant.test' });
  const admin = await t.login('admin@demo.gardien.test');
  address = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json().addresses[0].address;
  organizationId = (await t.call(admin, 'GET', '/api/v1/me')).json().organization.id;
  listener = await startSmtpListener(t.ctx, { port: 0, host: '127.0.0.1', log: () => undefined });
  mailer = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 2 });
});
afterAll(async () => {
  mailer?.close();
  await listener?.close();
  await t?.close();
});

const mutation = brokenMail(FUZZ_SEEDS, () => address);

describe('malformed mail at the SMTP door', () => {
  it('when hundreds of broken messages come in over SMTP, then each is answered 250 and tickets and records add up', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (raw) => {
        const info = await mailer.sendMail({ envelope: { from: 'fuzz@sender.example', to: [address] }, raw });
        expect(info.response).toMatch(/^250 /);
        answered += 1;
      }),
      { seed: 20261201, numRuns: 200 },
    );
    expect(answered).toBe(200);
    const counts = await inboundConsistency(t.ctx.db, organizationId);
    expect(counts.records).toBeGreaterThan(100);
    expect(counts.emailTickets).toBe(counts.createdRecords);
  });
});
