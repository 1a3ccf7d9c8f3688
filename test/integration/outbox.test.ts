// Messages: written with the change that causes them, held when no transport is configured,
// held back in silent mode, and delivered over real SMTP with threading headers when one is.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { deliverQueued } from '../../src/messages/deliver-queued.ts';
import { PDF } from '../support/exchange.ts';

let held: TestApp;
let smtp: SmtpSink;
let sending: TestApp;

beforeAll(async () => {
  held = await createTestApp();
  smtp = await startSmtpSink();
  sending = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', PUBLIC_URL: 'https://gardien.agence-demo.test' });
});
afterAll(async () => {
  await held?.close();
  await sending?.close();
  await smtp?.close();
});

async function createWorkOrder(t: TestApp, cookie: string, refs: DemoRefs, extra: Record<string, unknown> = {}) {
  const response = await t.call(cookie, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject: 'Fuite sous l\u2019évier',
    description: 'Fuite importante.', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email', 'sms'] }],
    contactPerson: { personId: refs.person('P-001').id }, watchers: [{ personId: refs.person('P-002').id, channels: ['email'] }], ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('the outbox', () => {
  it('when nothing is configured to send, then every message of a new work order is held in the outbox, readable', async () => {
    const manager = await held.login('manager@demo.gardien.test');
    const refs = await demoRefs(held, manager);
    const ticket = await createWorkOrder(held, manager, refs);
    const outbox = (await held.call(manager, 'GET', `/api/v1/outbox?ticket=${ticket.number}`)).json();
    const summary = outbox.items.map((m: { template: string; channel: string; state: string; recipientName: string }) => `${m.template}/${m.channel}/${m.state}/${m.recipientName}`).sort();
    expect(summary).toEqual([
      'contact_informed/email/held/Hélène Rousseau',
      'contact_informed/sms/held/Hélène Rousseau',
      'watcher_ticket_created/email/held/Marc Lefebvre',
      'work_order/email/held/Plomberie Dupuis',
      'work_order/sms/held/Plomberie Dupuis',
    ]);
    const email = outbox.items.find((m: { template: string; channel: string }) => m.template === 'work_order' && m.channel === 'email');
    expect(email.subject).toBe(`[Ticket n°${ticket.number}] Ordre de service`);
    expect(email.recipients).toEqual(['contact@plomberie-dupuis.example.test', 'urgences@plomberie-dupuis.example.test']);
    expect(email.text).toContain('Fuite sous l\u2019évier');
    expect(email.text).toContain('12 rue des Tilleuls');
    // The outbox never holds a usable link.
    expect(email.text).toMatch(/\/x\/••••••••/);
    const sms = outbox.items.find((m: { template: string; channel: string }) => m.template === 'work_order' && m.channel === 'sms');
    expect(sms.text).toMatch(new RegExp(`^Ticket ${ticket.number}: `));
    // An SMS goes to the mobile number, not the landline listed first.
    expect(sms.recipients).toEqual(['+33 6 39 98 22 33']);
  });

  it('when silent mode is on, then automatic messages are held back as silenced, but the manager\u2019s own message goes', async () => {
    const manager = await held.login('manager@demo.gardien.test');
    const refs = await demoRefs(held, manager);
    const ticket = await createWorkOrder(held, manager, refs, { silent: true });
    await act(held, manager, ticket.number, { action: 'send_message', dispatchId: ticket.dispatches[0].id, body: 'Merci de passer demain matin.' });
    const items = (await held.call(manager, 'GET', `/api/v1/outbox?ticket=${ticket.number}`)).json().items as { template: string; state: string }[];
    expect(items.filter((m) => m.template !== 'message_sent').every((m) => m.state === 'silenced')).toBe(true);
    expect(items.filter((m) => m.template === 'message_sent').map((m) => m.state)).toEqual(['held', 'held']);
  });

  it('when SMTP is configured, then the work order leaves by SMTP as a threaded HTML and text email with a working personal link', async () => {
    const manager = await sending.login('manager@demo.gardien.test');
    const refs = await demoRefs(sending, manager);
    const ticket = await createWorkOrder(sending, manager, refs);
    const before = smtp.messages.length;
    const result = await deliverQueued(sending.ctx);
    expect(result.failed).toBe(0);
    const mails = await smtp.waitFor(before + 3);
    const workOrder = mails.find((m) => m.subject === `[Ticket n°${ticket.number}] Ordre de service`)!;
    expect(workOrder).toBeDefined();
    expect(workOrder.from?.text).toContain('gestion@agence-demo.test');
    expect(workOrder.messageId).toMatch(/@agence-demo\.test>?$/);
    expect(String(workOrder.references)).toContain(`ticket-${ticket.id}@agence-demo.test`);
    expect(workOrder.replyTo?.text).toMatch(new RegExp(`gestion\\+t${ticket.number}-[0-9a-f]{10}@agence-demo\\.test`));
    expect(workOrder.html).toContain('<a href="https://gardien.agence-demo.test/x/');
    const link = /https:\/\/gardien\.agence-demo\.test\/x\/([A-Za-z0-9_-]{43})/.exec(workOrder.text ?? '')?.[1];
    expect(link).toBeTruthy();
    const view = await sending.app.inject({ method: 'GET', url: `/api/v1/exchange/${link}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ role: 'contractor', ticket: { number: ticket.number }, contractor: { name: 'Plomberie Dupuis' } });
    const outbox = (await sending.call(manager, 'GET', `/api/v1/outbox?ticket=${ticket.number}&channel=email`)).json();
    expect(outbox.items.every((m: { state: string }) => m.state === 'sent')).toBe(true);
    // SMS: no provider configured, so they stay held.
    expect((await sending.call(manager, 'GET', `/api/v1/outbox?ticket=${ticket.number}&channel=sms`)).json().items.every((m: { state: string }) => m.state === 'held')).toBe(true);
  });

  it('when the agency sets a default attachment, then every first request by email carries it, and other emails do not', async () => {
    const admin = await sending.login('admin@demo.gardien.test');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'consignes-securite.pdf');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const upload = await sending.app.inject({
      method: 'POST', url: '/api/v1/settings/default-attachments',
      headers: { cookie: admin, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json().items.map((i: { filename: string }) => i.filename)).toEqual(['consignes-securite.pdf']);
    const manager = await sending.login('manager@demo.gardien.test');
    const refs = await demoRefs(sending, manager);
    const ticket = await createWorkOrder(sending, manager, refs);
    const before = smtp.messages.length;
    await deliverQueued(sending.ctx);
    const mails = (await smtp.waitFor(before + 3)).slice(before);
    const workOrder = mails.find((m) => m.subject === `[Ticket n°${ticket.number}] Ordre de service`)!;
    expect(workOrder.attachments.map((a) => a.filename)).toEqual(['consignes-securite.pdf']);
    expect(workOrder.attachments[0]!.content.equals(PDF)).toBe(true);
    const others = mails.filter((m) => m !== workOrder);
    expect(others.every((m) => m.attachments.length === 0)).toBe(true);
    const id = upload.json().items[0].id;
    expect((await sending.call(admin, 'DELETE', `/api/v1/settings/default-attachments/${id}`)).json().items).toEqual([]);
  });

  it('when the appointment is validated, then the contractor gets an invitation (.ics) by email', async () => {
    const manager = await sending.login('manager@demo.gardien.test');
    const refs = await demoRefs(sending, manager);
    const ticket = await createWorkOrder(sending, manager, refs);
    const d = ticket.dispatches[0].id;
    await act(sending, manager, ticket.number, { action: 'enter_acceptance', dispatchId: d, startsAt: '2026-12-02T09:00:00+01:00', durationMinutes: 90 });
    await act(sending, manager, ticket.number, { action: 'validate_appointment', dispatchId: d });
    const before = smtp.messages.length;
    await deliverQueued(sending.ctx);
    const mails = (await smtp.waitFor(before + 1)).slice(before);
    const planned = mails.find((m) => m.subject === `[Ticket n°${ticket.number}] Intervention planifiée`);
    expect(planned, mails.map((m) => m.subject).join(' | ')).toBeDefined();
    const invite = planned!.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const ics = invite?.content.toString('utf8') ?? '';
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20261202T080000Z');
    expect(ics).toContain('DTEND:20261202T093000Z');
  });
});
