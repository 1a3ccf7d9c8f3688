// Malformed mail at the HTTP door: corpus messages cut, spliced, with bytes flipped, headers
// repeated or emptied, random bytes — generated with a fixed seed. Whatever comes in, the answer
// is a 202 (or a 4xx in the API's shape), never a 5xx, and nothing is half-written: every ticket
// made from an email has its record, every record that made a ticket has its ticket.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { brokenMail, FUZZ_SEEDS } from '../support/broken-mail.ts';
import { inboundConsistency } from '../../src/db/repositories/inbound.ts';

let t: TestApp;
let secret: string;
let organizationId: string;
let address: string;

beforeAll(async () => {
  t = await createTestApp({ INBOUND_DOMAIN: 'entrant.test' });
  const admin = await t.login('admin@demo.gardien.test');
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  secret = settings.secret;
  address = settings.addresses[0].address;
  organizationId = (await t.call(admin, 'GET', '/api/v1/me')).json().organization.id;
});
afterAll(() => t?.close());

const mutation = brokenMail(FUZZ_SEEDS, () => address);

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
