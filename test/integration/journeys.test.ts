// Journeys of DOMAIN.md §5 through the parties' pages, emails going over real SMTP, time moved by
// the test clock: work order with check-in, completion and invoice; refusal and replacement;
// quote approved by the council president; several quotes with one retained; reminders up to
// their maximum; silent mode on and off.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { mailsTo, linkIn, view, answer, answerWithFiles, advance, PNG, PDF } from '../support/exchange.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';

let t: TestApp;
let smtp: SmtpSink;
let manager: string;
let refs: DemoRefs;

const DUPUIS = 'contact@plomberie-dupuis.example.test';
const ELEC = 'atelier@elec-rhone.example.test';
const TOIT = 'toitures.martin@example.test';
const VITRE = 'devis@vitrerie-centre.example.test';
const PRESIDENT = 'helene.rousseau@example.test';

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', GARDIEN_TEST_CLOCK: '1', PUBLIC_URL: 'https://gardien.test' });
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  // The agency asks contractors to confirm they read each work order.
  const admin = await t.login('admin@demo.gardien.test');
  expect((await t.call(admin, 'PATCH', '/api/v1/settings', { readReceipt: true })).statusCode).toBe(200);
  // The clock moves by days here: a session would expire, an API token lasts.
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'journeys', days: 365 });
  manager = `Bearer ${token.json().token}`;
  refs = await demoRefs(t, manager);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function create(body: Record<string, unknown>) {
  const response = await t.call(manager, 'POST', '/api/v1/tickets', { propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, ...body });
  expect(response.statusCode, response.body).toBe(201);
  await advance(t, 'PT1S'); // delivers what the creation queued
  return response.json();
}

const ticketOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();

describe('journeys through the parties\u2019 pages', () => {
  it('when a contractor accepts, checks in, completes with photos and invoice through the link, then the manager sees each answer', async () => {
    const ticket = await create({ type: 'ODS', subject: 'Robinet qui fuit', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }], presenceCheck: true, contactPerson: { personId: refs.person('P-001').id } });
    const n = ticket.number;
    const secret = linkIn(mailsTo(smtp, DUPUIS, `[Ticket n°${n}] Ordre de service`)[0]);

    // The link becomes a cookie, and the page reads with it.
    const open = await t.app.inject({ method: 'GET', url: `/x/${secret}` });
    expect(open.statusCode).toBe(303);
    expect(open.headers.location).toBe('/x');
    const cookie = open.cookies.find((c) => c.name === 'gardien_x')!;
    expect(cookie.httpOnly).toBe(true);
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/session', headers: { cookie: `gardien_x=${cookie.value}` } });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      role: 'contractor', language: 'fr', ticket: { number: n, subject: 'Robinet qui fuit' }, place: { addressLine: '12 rue des Tilleuls', unit: 'A11' },
      contact: { name: 'Hélène Rousseau' }, manager: { name: 'Camille Martin' }, actions: expect.arrayContaining(['acknowledge', 'accept', 'refuse', 'message']),
    });

    await answer(t, secret, { action: 'acknowledge' });
    const accepted = await answer(t, secret, { action: 'accept', startsAt: '2026-12-03T09:00:00+01:00', durationMinutes: 60 });
    expect(accepted.dispatch).toMatchObject({ state: 'accepted', appointment: { startsAt: '2026-12-03T08:00:00.000Z' } });
    let seen = await ticketOf(n);
    expect(seen).toMatchObject({ status: 'appointment_proposed', needsAction: true, unreadCount: 2 });
    await act(t, manager, n, { action: 'validate_appointment', dispatchId: ticket.dispatches[0].id });

    // 15 minutes before the appointment, the check-in request goes out.
    await advance(t, 'P1DT23H46M');
    expect(mailsTo(smtp, DUPUIS, 'présence')).toHaveLength(1);
    await answer(t, secret, { action: 'check_in', presence: 'on_site' });
    // After start + planned duration, the completion request.
    await advance(t, 'PT1H30M');
    expect(mailsTo(smtp, DUPUIS, "fin d'intervention")).toHaveLength(1);
    const done = await answerWithFiles(t, secret, { action: 'complete', comment: 'Joint changé', invoiceAmountCents: 14500 }, [
      { field: 'files', name: 'apres.png', type: 'image/png', bytes: PNG },
      { field: 'invoice', name: 'facture.pdf', type: 'application/pdf', bytes: PDF },
    ]);
    expect(done.dispatch).toMatchObject({ state: 'invoice_received', invoiceAmountCents: 14500 });
    seen = await ticketOf(n);
    expect(seen).toMatchObject({ status: 'invoice_received', amountCents: 14500 });
    expect(seen.documents.map((d: { filename: string; kind: string }) => `${d.kind}:${d.filename}`).sort()).toEqual(['invoice:facture.pdf', 'proof:apres.png']);
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items;
    expect(events.filter((e: { actorType: string }) => e.actorType === 'contractor').map((e: { type: string; channel: string }) => `${e.type}/${e.channel}`)).toEqual([
      'work_completed/exchange', 'check_in_answered/exchange', 'contractor_accepted/exchange', 'work_order_acknowledged/exchange',
    ]);
    // The manager heard of each answer.
    await advance(t, 'PT1S');
    expect(mailsTo(smtp, 'manager@demo.gardien.test').length).toBeGreaterThanOrEqual(4);

    await act(t, manager, n, { action: 'close' });
    const closed = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/${secret}` });
    expect(closed.statusCode).toBe(410);
    expect(closed.json().error.code).toBe('ticket_closed');
  });

  it('when a contractor refuses and is replaced, then their link stops working and the new one gets the work order', async () => {
    const ticket = await create({ type: 'ODS', subject: 'Interphone muet', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }] });
    const first = linkIn(mailsTo(smtp, DUPUIS, `[Ticket n°${ticket.number}] Ordre de service`)[0]);
    await answer(t, first, { action: 'refuse', reason: 'Pas notre métier' });
    expect((await ticketOf(ticket.number)).status).toBe('refused_by_contractor');
    await act(t, manager, ticket.number, { action: 'replace_contractor', dispatchId: ticket.dispatches[0].id, contractor: { contractorId: refs.contractor('F-002').id, channels: ['email'] } });
    await advance(t, 'PT1S');
    const revoked = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/${first}` });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json().error.code).toBe('link_revoked');
    const second = linkIn(mailsTo(smtp, ELEC, `[Ticket n°${ticket.number}] Ordre de service`)[0]);
    expect((await view(t, second)).contractor.name).toBe('Élec Services Rhône');
    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/${second.slice(0, -2)}xx` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('link_invalid');
  });

  it('when a quote is approved by the council president through her link, then it is confirmed and the contractor sets the appointment', async () => {
    const ticket = await create({ type: 'DS', subject: 'Tuiles cassées', contractors: [{ contractorId: refs.contractor('F-007').id, channels: ['email'] }], contactPerson: { personId: refs.person('P-001').id } });
    const n = ticket.number;
    const secret = linkIn(mailsTo(smtp, TOIT, `[Ticket n°${n}] Demande de devis`)[0]);
    await answerWithFiles(t, secret, { action: 'submit_quote', amountCents: 285000, validUntil: '2027-02-28' }, [{ field: 'files', name: 'devis.pdf', type: 'application/pdf', bytes: PDF }]);
    expect((await ticketOf(n)).status).toBe('quote_received');
    await act(t, manager, n, { action: 'request_approval', approver: { personId: refs.person('P-001').id, channels: ['email'] }, informCouncil: true });
    await advance(t, 'PT1S');
    const approverLink = linkIn(mailsTo(smtp, PRESIDENT, `[Ticket n°${n}]`).find((m) => m.subject?.includes('approbation')));
    const approverView = await view(t, approverLink);
    expect(approverView).toMatchObject({ role: 'approver', quotes: [{ contractorName: 'Toitures Martin & Fils', amountCents: 285000, actions: ['approve', 'disapprove'] }] });
    expect(approverView.documents.map((d: { filename: string }) => d.filename)).toContain('devis.pdf');
    // The other council member is informed, with no link to decide.
    expect(mailsTo(smtp, 'marc.lefebvre@example.test', `[Ticket n°${n}]`).length).toBeGreaterThan(0);
    await answer(t, approverLink, { action: 'approve', dispatchId: ticket.dispatches[0].id, comment: 'Bon pour accord' });
    expect((await ticketOf(n)).status).toBe('quote_approved');
    await act(t, manager, n, { action: 'confirm_quote', dispatchId: ticket.dispatches[0].id });
    await advance(t, 'PT1S');
    const confirmed = mailsTo(smtp, TOIT, `[Ticket n°${n}] Devis accepté`);
    expect(confirmed).toHaveLength(1);
    const again = linkIn(confirmed[0]);
    const proposed = await answer(t, again, { action: 'propose_appointment', startsAt: '2026-12-10T14:00:00+01:00', durationMinutes: 240 });
    expect(proposed.dispatch.state).toBe('accepted');
    expect((await ticketOf(n)).status).toBe('appointment_proposed');
  });

  it('when two contractors quote and the manager retains one, then the other is told "not retained"', async () => {
    const ticket = await create({ type: 'DS', subject: 'Vitrage hall', contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }, { contractorId: refs.contractor('F-010').id, channels: ['email'] }] });
    const [a, b] = ticket.dispatches;
    await answer(t, linkIn(mailsTo(smtp, VITRE, `[Ticket n°${ticket.number}]`)[0]), { action: 'submit_quote', amountCents: 99000 });
    await answer(t, linkIn(mailsTo(smtp, 'chantiers@batirenov.example.test', `[Ticket n°${ticket.number}]`)[0]), { action: 'submit_quote', amountCents: 87000 });
    await act(t, manager, ticket.number, { action: 'accept_quote', dispatchId: b.id });
    await advance(t, 'PT1S');
    expect(mailsTo(smtp, VITRE, `[Ticket n°${ticket.number}] Devis non retenu`)).toHaveLength(1);
    expect((await ticketOf(ticket.number)).dispatches.find((d: { id: string }) => d.id === a.id).state).toBe('not_retained');
  });
});

describe('reminders', () => {
  it('when a contractor never answers, then reminders go out every N days until the maximum, once each', async () => {
    const ticket = await create({ type: 'ODS', subject: 'Relances', contractors: [{ contractorId: refs.contractor('F-002').id, channels: ['email'] }], reminders: { workOrder: { every: 2, unit: 'days', max: 2 } } });
    const subject = `[Ticket n°${ticket.number}] Relance`;
    await advance(t, 'P1D');
    expect(mailsTo(smtp, ELEC, subject)).toHaveLength(0);
    await advance(t, 'P1D');
    expect(mailsTo(smtp, ELEC, subject)).toHaveLength(1);
    await advance(t, 'PT1H'); // running again at once sends nothing twice
    expect(mailsTo(smtp, ELEC, subject)).toHaveLength(1);
    await advance(t, 'P2D');
    expect(mailsTo(smtp, ELEC, subject)).toHaveLength(2);
    await advance(t, 'P10D');
    expect(mailsTo(smtp, ELEC, subject)).toHaveLength(2);
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items.filter((e: { type: string }) => e.type === 'reminder_sent');
    expect(events.map((e: { payload: { count: number } }) => e.payload.count)).toEqual([2, 1]);
  });

  it('when silent mode is on, then no reminder goes out; switched off, reminders start again a full delay later', async () => {
    const ticket = await create({ type: 'ODS', subject: 'Silence', silent: true, contractors: [{ contractorId: refs.contractor('F-004').id, channels: ['email'] }], reminders: { workOrder: { every: 1, unit: 'days', max: 3 } } });
    const address = 'depannage@serrurerie-express.example.test';
    expect(mailsTo(smtp, address, `[Ticket n°${ticket.number}]`)).toHaveLength(0);
    await advance(t, 'P3D');
    expect(mailsTo(smtp, address, `[Ticket n°${ticket.number}]`)).toHaveLength(0);
    await act(t, manager, ticket.number, { action: 'set_silent', silent: false });
    await advance(t, 'PT12H');
    expect(mailsTo(smtp, address, `[Ticket n°${ticket.number}]`)).toHaveLength(0);
    await advance(t, 'PT12H');
    expect(mailsTo(smtp, address, `[Ticket n°${ticket.number}] Relance`)).toHaveLength(1);
  });
});

describe('the history left by the steps above', () => {
  it('when every step above was taken, then every stored event is one of the catalogue, with its direction and a payload its schema accepts', async () => {
    const { checked, problems } = await checkStoredEvents(t.ctx);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
