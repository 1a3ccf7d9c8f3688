// Malformed mail at the SMTP door: the HTTP door's fuzz (inbound-fuzz.test.ts: corpus messages
// cut, spliced, with bytes flipped, hostile headers, noise — fixed seed) sent by a real SMTP client
// to the listener. Whatever comes in, the answer is a 250 once recorded (never a 451: that would
// be Gardien failing), the listener keeps running, and tickets and records add up.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import nodemailer from 'nodemailer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { CORPUS_DIR } from '../support/mail-corpus.ts';
import { inboundConsistency } from '../../src/db/repositories/inbound.ts';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.ts';

let t: TestApp;
let organizationId: string;
let address: string;
let listener: SmtpListener;
let mailer: ReturnType<typeof nodemailer.createTransport>;
const seeds = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml')).slice(0, 60).map((f) => readFileSync(join(CORPUS_DIR, f)));

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

const mutation = fc.oneof(
  // cut anywhere
  fc.tuple(fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, at]) => seeds[i]!.subarray(0, Math.floor(seeds[i]!.length * at))),
  // bytes flipped
  fc.tuple(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 })).map(([i, flips]) => {
    const copy = Buffer.from(seeds[i]!);
    for (const [at, value] of flips) copy[Math.floor((copy.length - 1) * at)] = value;
    return copy;
  }),
  // two messages spliced
  fc.tuple(fc.nat(seeds.length - 1), fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b, at]) =>
    Buffer.concat([seeds[a]!.subarray(0, Math.floor(seeds[a]!.length * at)), seeds[b]!.subarray(Math.floor(seeds[b]!.length * at))]),
  ),
  // hostile headers in front
  fc.tuple(fc.nat(seeds.length - 1), fc.constantFrom('From:\r\n', 'From: <>\r\n', `To: ${'x'.repeat(20000)}\r\n`, 'Content-Type: multipart/mixed; boundary=""\r\n', 'Subject: =?x-unknown?Q?=FF=FE?=\r\n', 'Message-ID: <>\r\n', '\u0000\u0000\r\n', 'Content-Transfer-Encoding: base64\r\n'))
    .map(([i, header]) => Buffer.concat([Buffer.from(`To: ${address}\r\n${header}`, 'latin1'), seeds[i]!])),
  // noise
  fc.uint8Array({ minLength: 0, maxLength: 4000 }).map((bytes) => Buffer.from(bytes)),
);

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
