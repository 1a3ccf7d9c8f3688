// What the inbound screens read beside "Messages reçus": a ticket says which of its people's email
// addresses bounced (failingAddresses, only the agency's own), the history's "Message complet"
// downloads the original of an answer for whoever may see the ticket (and no other ticket's), and
// a contractor's emailed invoice becomes the manual entry's file ("Saisir comme…") while the
// answer keeps its own.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { act, demoRefs, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { markAddressFailing } from '../../src/db/repositories/inbound.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { DEMO_SLUG } from '../../src/demo/demo-agency.ts';

let t: TestApp;
let manager: string;
let admin: string;
let secret: string;
let agencyAddress: string;
let refs: DemoRefs;

const PLUMBER = 'Plombier.Inbound@Example.org';

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  secret = settings.secret;
  agencyAddress = settings.addresses.find((a: { kind: string }) => a.kind === 'agency').address;
});
afterAll(() => t?.close());

const workOrder = async (cookie: string, emails: string[], propertyId?: string) => {
  const created = await t.call(cookie, 'POST', '/api/v1/tickets', {
    type: 'ODS', ...(propertyId ? { propertyId } : {}), subject: 'Fuite sous évier', contractors: [{ name: 'Plomberie Test', emails, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { number: number; dispatches: { id: string }[] };
};

const postMail = async (raw: string) => {
  const response = await t.app.inject({
    method: 'POST', url: '/api/v1/inbound/email', payload: Buffer.from(raw.replace(/\r?\n/g, '\r\n')),
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'message/rfc822' },
  });
  expect(response.statusCode, response.body).toBe(202);
  return response.json() as { outcome: string; ticketNumber?: number; inboundMessageId?: string };
};

/** A reply from the plumber naming the ticket in its subject, with a PDF invoice. */
const replyWithInvoice = (number: number, id: string) => `From: Plomberie Test <${PLUMBER.toLowerCase()}>
To: ${agencyAddress}
Subject: RE: [Ticket n°${number}] Fuite sous évier
Message-ID: <${id}@plomberie.example.org>
Date: Tue, 01 Dec 2026 10:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Travaux faits ce matin, facture jointe.

Le 30 nov. 2026, Gardien a écrit :
> Bonjour, merci d'intervenir.
--b1
Content-Type: application/pdf; name="facture-118.pdf"
Content-Disposition: attachment; filename="facture-118.pdf"
Content-Transfer-Encoding: base64

${Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64')}
--b1--
`;

describe('failing addresses on the ticket', () => {
  it('when a contractor’s address bounced, then the ticket names it with the reason, whatever its case; another agency’s ticket with the same address does not', async () => {
    const ticket = await workOrder(manager, [PLUMBER], refs.property('COP-001').id);
    const before = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(before.failingAddresses).toEqual([]);

    const organizationId = (await findOrganizationBySlug(t.ctx.db, DEMO_SLUG))!.id;
    await markAddressFailing(t.ctx.db, { organizationId, address: PLUMBER.toLowerCase(), reason: '550 5.1.1 User unknown', outboxMessageId: null, failedAt: new Date('2026-12-01T09:00:00Z') });

    const after = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(after.failingAddresses).toEqual([{ address: PLUMBER.toLowerCase(), reason: '550 5.1.1 User unknown', failedAt: '2026-12-01T09:00:00.000Z' }]);

    const other = await t.login(OTHER_MANAGER_EMAIL);
    const theirProperty = (await t.call(other, 'GET', '/api/v1/properties?limit=1')).json().items[0].id as string;
    const theirs = await workOrder(other, [PLUMBER], theirProperty);
    expect((await t.call(other, 'GET', `/api/v1/tickets/${theirs.number}`)).json().failingAddresses).toEqual([]);
  });
});

describe('a contractor’s email answer on the ticket', () => {
  it('when the plumber replies with an invoice, then the history keeps the trimmed text, the full original downloads from the ticket, and not from another ticket', async () => {
    const ticket = await workOrder(manager, ['plombier.history@example.org'], refs.property('COP-001').id);
    const raw = replyWithInvoice(ticket.number, 'reply-1').replace(PLUMBER.toLowerCase(), 'plombier.history@example.org');
    const result = await postMail(raw);
    expect(result).toMatchObject({ outcome: 'answer_added', ticketNumber: ticket.number });

    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; dispatchId: string | null; payload: Record<string, unknown>; attachments: { filename: string }[] }[];
    const answer = events.find((e) => e.type === 'message_received')!;
    expect(answer.dispatchId).toBe(ticket.dispatches[0]!.id);
    expect(answer.payload).toMatchObject({ inboundMessageId: result.inboundMessageId, trimmed: true });
    expect(String(answer.payload.body)).toContain('facture jointe');
    expect(String(answer.payload.body)).not.toContain('merci d’intervenir');
    expect(answer.attachments.map((a) => a.filename)).toEqual(['facture-118.pdf']);

    const original = await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/inbound-messages/${result.inboundMessageId}/raw`);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('message/rfc822');
    expect(original.headers['content-disposition']).toMatch(/^attachment;/);
    expect(original.body).toContain('Le 30 nov. 2026, Gardien a écrit');

    const elsewhere = await workOrder(manager, ['someone@example.org'], refs.property('COP-001').id);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${elsewhere.number}/inbound-messages/${result.inboundMessageId}/raw`)).statusCode).toBe(404);
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await t.call(other, 'GET', `/api/v1/tickets/${ticket.number}/inbound-messages/${result.inboundMessageId}/raw`)).statusCode).toBe(404);
  });

  it('when the manager enters the invoice from that email, then the invoice has the emailed PDF as its file and the answer keeps its own; a file of another ticket is refused', async () => {
    const ticket = await workOrder(manager, ['plombier.invoice@example.org'], refs.property('COP-001').id);
    await postMail(replyWithInvoice(ticket.number, 'reply-2').replace(PLUMBER.toLowerCase(), 'plombier.invoice@example.org'));
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; attachments: { id: string; filename: string; kind: string; url: string }[] }[];
    const pdf = events.find((e) => e.type === 'message_received')!.attachments[0]!;
    expect(pdf.kind).toBe('message');
    const dispatchId = ticket.dispatches[0]!.id;
    const accept = (number: number, id: string) =>
      act(t, manager, number, { action: 'enter_acceptance', dispatchId: id, startsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(), durationMinutes: 60 });
    await accept(ticket.number, dispatchId);

    // A file of another ticket's answer is not this ticket's.
    const elsewhere = await workOrder(manager, ['plombier.elsewhere@example.org'], refs.property('COP-001').id);
    await accept(elsewhere.number, elsewhere.dispatches[0]!.id);
    const wrong = await t.call(manager, 'POST', `/api/v1/tickets/${elsewhere.number}/actions`, {
      action: 'enter_completion', dispatchId: elsewhere.dispatches[0]!.id, invoice: { amountCents: 18000, attachmentIds: [pdf.id] },
    });
    expect(wrong.statusCode, wrong.body).toBe(422);
    expect(wrong.json().error.code).toBe('unknown_reference');

    const done = await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/actions`, {
      action: 'enter_completion', dispatchId, comment: 'Travaux faits ce matin, facture jointe.', invoice: { amountCents: 18000, attachmentIds: [pdf.id] },
    });
    expect(done.statusCode, done.body).toBe(200);
    const view = done.json();
    const invoice = view.documents.find((d: { kind: string }) => d.kind === 'invoice');
    expect(invoice).toMatchObject({ filename: 'facture-118.pdf', contentType: 'application/pdf', dispatchId });
    expect(invoice.id).not.toBe(pdf.id);
    // The same bytes.
    const [a, b] = await Promise.all([t.call(manager, 'GET', invoice.url), t.call(manager, 'GET', pdf.url)]);
    expect(a.statusCode).toBe(200);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);

    const after = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; attachments: { id: string; kind: string }[] }[];
    expect(after.find((e) => e.type === 'message_received')!.attachments).toEqual([expect.objectContaining({ id: pdf.id, kind: 'message' })]);
    expect(after.find((e) => e.type === 'work_completed')!.attachments).toEqual([expect.objectContaining({ id: invoice.id, kind: 'invoice' })]);
  });
});
