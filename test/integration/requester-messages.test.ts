// The manager writes to the requester (send_message with toRequester): the requester's thread is
// their watcher party, made when missing, from the person or the free-text identity; the email
// carries the portal link; a reply by email from the requester joins the same thread.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;
let secret: string;
let agencyAddress: string;

const MAIL_FROM = 'Agence Démo <gestion@agence-demo.test>';
interface OutboxItem { id: string; channel: string; template: string; recipientName: string; recipients: string[]; text: string; partyId: string | null }
const outboxOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${n}&limit=200`)).json().items as OutboxItem[];

beforeAll(async () => {
  t = await createTestApp({ MAIL_FROM, INBOUND_DOMAIN: 'entrant.agence-demo.test', PUBLIC_URL: 'https://gardien.example.test' });
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  secret = settings.secret;
  agencyAddress = settings.addresses.find((a: { kind: string }) => a.kind === 'agency').address;
});
afterAll(() => t?.close());

function mail(headers: Record<string, string>, body: string): string {
  const all = { 'Message-ID': `<r${Math.random().toString(36).slice(2)}@client.example.test>`, Date: 'Tue, 01 Dec 2026 09:12:00 +0100', 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit', ...headers };
  return `${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
}
const postMail = (raw: string) => t.app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${secret}` }, payload: raw });

async function ticketOf(requester: Record<string, unknown>, subject: string) {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject, description: subject, requester,
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

describe('the manager writes to the requester', () => {
  it('when the manager writes to the requester, then her thread is made once, the email carries the portal link, and her email reply joins it', async () => {
    const created = await ticketOf({ personId: refs.person('P-001').id }, 'Infiltration par la fenêtre');
    const n = created.number;
    expect(created.watchers).toEqual([]);
    let ticket = await act(t, manager, n, { action: 'send_message', toRequester: true, body: 'Le couvreur passe jeudi matin, pouvez-vous être présente ?' });
    expect(ticket.watchers).toHaveLength(1);
    const thread = ticket.watchers[0];
    expect(thread).toMatchObject({ name: 'Hélène Rousseau', personId: refs.person('P-001').id });

    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as { type: string; partyId: string | null; payload: Record<string, unknown> }[];
    const sent = events.find((e) => e.type === 'message_sent')!;
    expect(sent.partyId).toBe(thread.id);
    expect(sent.payload).toMatchObject({ to: 'Hélène Rousseau', toRequester: true });

    const emails = (await outboxOf(n)).filter((m) => m.template === 'requester_message' && m.channel === 'email');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.recipients).toContain('helene.rousseau@example.test');
    expect(emails[0]!.text).toContain('Le couvreur passe jeudi matin');
    expect(emails[0]!.text).toContain(`https://gardien.example.test/portal/tickets/${n}`);
    expect((await outboxOf(n)).some((m) => m.template === 'message_sent')).toBe(false);

    // A second message goes to the same thread.
    ticket = await act(t, manager, n, { action: 'send_message', toRequester: true, body: 'Rappel : jeudi 9 h.' });
    expect(ticket.watchers.map((w: { id: string }) => w.id)).toEqual([thread.id]);

    // Her reply by email joins the ticket on her thread, unread for the manager.
    const reply = (await postMail(mail({ From: 'Hélène Rousseau <helene.rousseau@example.test>', To: agencyAddress, Subject: `Re: [Ticket n°${n}] Infiltration par la fenêtre`, 'In-Reply-To': `<${emails[0]!.id}@agence-demo.test>` }, 'Oui, je serai là.'))).json();
    expect(reply).toMatchObject({ outcome: 'answer_added', ticketNumber: n });
    const after = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as { type: string; partyId: string | null; payload: Record<string, unknown> }[];
    const answer = after.find((e) => e.type === 'message_received')!;
    expect(answer.partyId).toBe(thread.id);
    expect(answer.payload.body).toBe('Oui, je serai là.');
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json().needsAction).toBe(true);
    // The manager is told of her answer, which no contractor wrote (the plumber is on the ticket).
    const told = (await outboxOf(n)).filter((m) => m.template === 'staff_answer_received');
    expect(told.map((m) => m.text).join('\n')).toContain('Oui, je serai là.');
    expect(told.map((m) => m.text).join('\n')).not.toContain('Plomberie Dupuis');
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);
  });

  it('when the requester was typed in by name and email, then the thread is made from that identity', async () => {
    const created = await ticketOf({ name: 'Paul Martin', emails: ['paul.martin@example.test'] }, 'Odeur de gaz');
    const ticket = await act(t, manager, created.number, { action: 'send_message', toRequester: true, body: 'GRDF est prévenu.' });
    expect(ticket.watchers).toEqual([expect.objectContaining({ name: 'Paul Martin', personId: null, emails: ['paul.martin@example.test'] })]);
    const emails = (await outboxOf(created.number)).filter((m) => m.template === 'requester_message' && m.channel === 'email');
    expect(emails.map((m) => m.recipients)).toEqual([['paul.martin@example.test']]);
  });

  it('when the recipient is named twice or not at all, or the ticket has no requester, then the message is refused', async () => {
    const created = await ticketOf({ personId: refs.person('P-001').id }, 'Ascenseur bloqué');
    const n = created.number;
    await refused(t, manager, n, { action: 'send_message', toRequester: true, dispatchId: created.dispatches[0].id, body: 'x' }, 400, 'validation_failed');
    await refused(t, manager, n, { action: 'send_message', body: 'x' }, 400, 'validation_failed');
    const bad = await t.call(manager, 'POST', `/api/v1/tickets/${n}/actions`, { action: 'send_message', toRequester: false, body: 'x' });
    expect(bad.statusCode).toBe(400);
    const anonymous = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Sans demandeur', description: 'x', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    await refused(t, manager, anonymous.json().number, { action: 'send_message', toRequester: true, body: 'x' }, 409, 'action_not_available');
  });
});
