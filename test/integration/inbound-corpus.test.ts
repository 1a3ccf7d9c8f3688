// The project's own corpus (test/fixtures/mail, 147 messages from every client, automatic mail,
// broken and hostile mail) through the HTTP door: each becomes what expected.json says, never a
// 5xx, and automatic mail never makes Gardien write to anyone.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { CORPUS_MAIL_FROM, corpusEntries, corpusMessage, setUpCorpusWorld, type CorpusWorld } from '../support/mail-corpus.ts';

let t: TestApp;
let manager: string;
let secret: string;
let world: CorpusWorld;

beforeAll(async () => {
  t = await createTestApp({ MAIL_FROM: CORPUS_MAIL_FROM, INBOUND_DOMAIN: 'agence-corpus.test' });
  const admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  world = await setUpCorpusWorld(t, admin, manager, await demoRefs(t, manager));
  secret = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json().secret;
});
afterAll(async () => {
  await t?.close();
});

async function outboxCount(): Promise<number> {
  return (await t.call(manager, 'GET', '/api/v1/outbox?limit=1')).json().counts.all ?? 0;
}

describe('the project’s mail corpus through the HTTP door', () => {
  for (const entry of corpusEntries()) {
    it(`${entry.file} (${entry.category}) → ${entry.expect.outcome}`, async () => {
      const before = await outboxCount();
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${secret}` }, payload: corpusMessage(entry.file, world),
      });
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect(response.statusCode, response.body).toBe(202);
      const result = response.json();
      expect(result.outcome, `${entry.expect.notes} — reason ${result.reason}`).toBe(entry.expect.outcome);
      if (entry.expect.outcome === 'answer_added') expect(result.ticketNumber).toBe(world.ticketNumber);
      if (entry.expect.outcome === 'ticket_created') {
        expect(result.ticketNumber).not.toBe(world.ticketNumber);
        const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${result.ticketNumber}`)).json();
        expect(ticket.subject).toContain(entry.expect.subjectContains);
        if (entry.expect.from) expect(ticket.requesterEmail ?? ticket.requester?.email ?? '').toBe(entry.expect.from);
      }
      if (entry.expect.bounce) {
        // A permanent bounce marks the failed address; a delay marks nothing.
        const record = (await t.call(manager, 'GET', `/api/v1/inbound-messages/${result.inboundMessageId}`)).json();
        const bounced: string[] = record.report.bounced ?? [];
        if (entry.expect.bounce.permanent) expect(bounced, entry.expect.notes).toContain(entry.expect.bounce.recipient);
        else expect(bounced).toEqual([]);
        if (entry.expect.bounce.permanent && entry.expect.bounce.recipient === 'contractor@corpus.test') {
          const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${world.ticketNumber}`)).json();
          expect(ticket.failingAddresses.map((f: { address: string }) => f.address)).toContain('contractor@corpus.test');
        }
      }
      if (entry.expect.outcome === 'ignored' || entry.expect.outcome === 'refused') {
        // Nobody is answered: not an automatic sender, not a loop.
        expect(await outboxCount()).toBe(before);
      }
      if (entry.expect.outcome === 'ticket_created' || entry.expect.outcome === 'answer_added') {
        const listed = (await t.call(manager, 'GET', `/api/v1/inbound-messages/${result.inboundMessageId}`)).json();
        const kept = (listed.report.kept ?? []).length;
        // Over the limit of files a message may have, the rest is listed as refused (too_many_files).
        const overLimit = (listed.report.refused ?? []).filter((f: { code: string }) => f.code === 'too_many_files').length;
        if (entry.expect.attachmentsExact === false) expect(Math.abs(kept + overLimit - entry.expect.attachments)).toBeLessThanOrEqual(2);
        else expect(kept, JSON.stringify(listed.report)).toBe(entry.expect.attachments);
        if (entry.expect.refusedFiles !== undefined) expect((listed.report.refused ?? []).length).toBe(entry.expect.refusedFiles);
      }
    });
  }
});
