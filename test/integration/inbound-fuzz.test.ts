// Malformed mail at the HTTP door: corpus messages cut, spliced, with bytes flipped, headers
// repeated or emptied, random bytes — generated with a fixed seed. Whatever comes in, the answer
// is a 202 (or a 4xx in the API's shape), never a 5xx, and nothing is half-written: every ticket
// made from an email has its record, every record that made a ticket has its ticket.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { CORPUS_DIR } from '../support/mail-corpus.ts';
import { inboundConsistency } from '../../src/db/repositories/inbound.ts';

let t: TestApp;
let secret: string;
let organizationId: string;
let address: string;
const seeds = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml')).slice(0, 60).map((f) => readFileSync(join(CORPUS_DIR, f)));

beforeAll(async () => {
  t = await createTestApp({ INBOUND_DOMAIN: 'entrant.test' });
  const admin = await t.login('admin@demo.gardien.test');
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  secret = settings.secret;
  address = settings.addresses[0].address;
  organizationId = (await t.call(admin, 'GET', '/api/v1/me')).json().organization.id;
});
afterAll(() => t?.close());

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

describe('malformed mail at the HTTP door', () => {
  it('when hundreds of broken messages come in, then none gets a 5xx and tickets and records add up', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (raw) => {
        const response = await t.app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${secret}` }, payload: raw });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode !== 202) expect(response.json().error.code).toMatch(/^[a-z_]+$/);
      }),
      { seed: 20261201, numRuns: 250 },
    );
    const counts = await inboundConsistency(t.ctx.db, organizationId);
    expect(counts.records).toBeGreaterThan(100);
    expect(counts.emailTickets).toBe(counts.createdRecords);
  });
});
