// The project's own corpus (test/fixtures/mail) through the SMTP door: each message sent by a
// real SMTP client (nodemailer) to the listener on loopback, as the MTA before Gardien would send
// it (RCPT TO the reply address when the message is for it, else the agency's inbound address;
// MAIL FROM the message's Return-Path, <> for a bounce), answered 250 and become what
// expected.json says, as through the HTTP door (inbound-corpus.test.ts).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import nodemailer from 'nodemailer';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { CORPUS_MAIL_FROM, corpusEntries, corpusMessage, setUpCorpusWorld, type CorpusWorld } from '../support/mail-corpus.ts';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.ts';

let t: TestApp;
let manager: string;
let world: CorpusWorld;
let listener: SmtpListener;
let mailer: ReturnType<typeof nodemailer.createTransport>;

beforeAll(async () => {
  t = await createTestApp({ MAIL_FROM: CORPUS_MAIL_FROM, INBOUND_DOMAIN: 'agence-corpus.test' });
  const admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  world = await setUpCorpusWorld(t, admin, manager, await demoRefs(t, manager));
  listener = await startSmtpListener(t.ctx, { port: 0, host: '127.0.0.1', log: () => undefined });
  mailer = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1 });
});
afterAll(async () => {
  mailer?.close();
  await listener?.close();
  await t?.close();
});

async function outboxCount(): Promise<number> {
  return (await t.call(manager, 'GET', '/api/v1/outbox?limit=1')).json().counts.all ?? 0;
}

/** The envelope an MTA would use for this message. */
function envelopeOf(raw: Buffer): { from: string; to: string[] } {
  const text = raw.toString('latin1');
  const headers = text.slice(0, Math.max(0, text.search(/\r?\n\r?\n/))) || text;
  const returnPath = /^return-path:\s*<([^>]*)>/im.exec(headers)?.[1];
  const from = returnPath ?? /^from:.*?([^\s<>"]+@[^\s<>",;]+)/im.exec(headers)?.[1] ?? 'postmaster@sender.example';
  return { from, to: [text.toLowerCase().includes(world.replyAddress.toLowerCase()) ? world.replyAddress : world.inboundAddress] };
}

describe('the project’s mail corpus through the SMTP door', () => {
  for (const entry of corpusEntries()) {
    it(`${entry.file} (${entry.category}) → ${entry.expect.outcome}`, async () => {
      const before = await outboxCount();
      const raw = corpusMessage(entry.file, world);
      const info = await mailer.sendMail({ envelope: envelopeOf(raw), raw });
      const id = /^250 .*received as ([0-9a-f-]{36})/.exec(info.response)?.[1];
      expect(id, info.response).toBeDefined();
      const result = (await t.call(manager, 'GET', `/api/v1/inbound-messages/${id}`)).json();
      expect(result.door).toBe('smtp');
      expect(result.outcome, `${entry.expect.notes} — reason ${result.reason}`).toBe(entry.expect.outcome);
      if (entry.expect.outcome === 'answer_added') expect(result.ticketNumber).toBe(world.ticketNumber);
      if (entry.expect.outcome === 'ticket_created') {
        expect(result.ticketNumber).not.toBe(world.ticketNumber);
        const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${result.ticketNumber}`)).json();
        expect(ticket.subject).toContain(entry.expect.subjectContains);
        if (entry.expect.from) expect(ticket.requesterEmail ?? ticket.requester?.email ?? '').toBe(entry.expect.from);
      }
      if (entry.expect.outcome === 'ignored' || entry.expect.outcome === 'refused') expect(await outboxCount()).toBe(before);
      if (entry.expect.outcome === 'ticket_created' || entry.expect.outcome === 'answer_added') {
        const kept = (result.report.kept ?? []).length;
        // Over the limit of files a message may have, the rest is listed as refused (too_many_files).
        const overLimit = (result.report.refused ?? []).filter((f: { code: string }) => f.code === 'too_many_files').length;
        if (entry.expect.attachmentsExact === false) expect(Math.abs(kept + overLimit - entry.expect.attachments)).toBeLessThanOrEqual(2);
        else expect(kept, JSON.stringify(result.report)).toBe(entry.expect.attachments);
        if (entry.expect.refusedFiles !== undefined) expect((result.report.refused ?? []).length).toBe(entry.expect.refusedFiles);
      }
    });
  }
});
