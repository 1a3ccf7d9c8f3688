// A ticket's resolution and its requester's feedback (the residents' portal): resolved by the
// manager or on its own when its work is done and invoiced, feedback asked once, given once by the
// requester only, a bad rating sends the ticket back to the manager, and the auto close after the
// agency's delay on the clock, the requester told. Off by default.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
import { residentCookie } from '../support/portal-session.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;

interface OutboxItem { channel: string; template: string; recipientName: string; recipients: string[]; text: string }
const outboxOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${n}&limit=200`)).json().items as OutboxItem[];
const eventTypes = async (n: number) => ((await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as { type: string }[]).map((e) => e.type);
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://gardien.example.test', GARDIEN_TEST_CLOCK: '1' });
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const shown = await t.call(admin, 'PATCH', '/api/v1/settings', { portalShowsTickets: true });
  expect(shown.statusCode, shown.body).toBe(200);
});
afterAll(() => t?.close());

/** A work order of Hélène Rousseau (P-001, with the demo's portal account) on her unit, seen by the council; or of another requester. */
async function workOrder(subject: string, requester = 'P-001') {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject, description: subject,
    requester: { personId: refs.person(requester).id }, visibility: 'council',
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { number: number; dispatches: { id: string }[] };
}

const later = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();

/** The contractor comes and sends the invoice with the work done. */
async function invoiced(n: number, dispatchId: string) {
  await act(t, manager, n, { action: 'enter_appointment', dispatchId, startsAt: later(1), durationMinutes: 60 });
  return act(t, manager, n, { action: 'enter_completion', dispatchId, comment: 'Fait', invoice: { amountCents: 18_000 } });
}

/** Moves the clock; staff sessions do not outlive days, so the manager and the admin sign in again. */
async function advance(ms: number) {
  t.clock.current = new Date(t.clock.current.getTime() + ms);
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
}

const feedback = (cookie: string, n: number, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${n}/feedback`, headers: { cookie }, payload: body });

describe('resolution and feedback', () => {
  it('when the manager marks a ticket resolved, then it is resolved, the requester is asked for feedback once with the portal link, and it stays open', async () => {
    // Marc Lefebvre (P-002) has no portal account.
    const { number: n } = await workOrder('Porte du hall qui grince', 'P-002');
    const ticket = await act(t, manager, n, { action: 'mark_resolved', comment: 'Réglé par le gardien' });
    expect(ticket.resolvedAt).toBe(t.clock.now().toISOString());
    expect(ticket.status).not.toBe('closed');
    expect(ticket.autoCloseAt).toBeNull(); // auto close is off by default
    expect(ticket.nextSteps.ticket).not.toContain('mark_resolved');
    expect(ticket.nextSteps.ticket).toContain('close');
    await refused(t, manager, n, { action: 'mark_resolved' }, 409, 'action_not_available');

    const types = await eventTypes(n);
    expect(types.filter((e) => e === 'ticket_resolved')).toHaveLength(1);
    expect(types.filter((e) => e === 'feedback_requested')).toHaveLength(1);
    const asked = (await outboxOf(n)).filter((m) => m.template === 'requester_feedback_request');
    // Without a portal account, the requester is reached on every channel the ticket has for her.
    expect(asked.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    const email = asked.find((m) => m.channel === 'email')!;
    expect(email.recipients).toEqual(['marc.lefebvre@example.test']);
    // Without an account the portal's page would ask him to sign in: he is asked to answer the email.
    expect(email.text).not.toContain('/portal/tickets/');

    const sentence = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/summary.pdf`)).statusCode;
    expect(sentence).toBe(200);
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);
  });

  it('when the last invoice comes in, then the ticket resolves on its own; a new contractor reopens it, and the second resolution asks nothing more', async () => {
    // With a portal account and her preferences as they come (no SMS), she is written to by email only.
    await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test', language: 'en' });
    const { number: n, dispatches } = await workOrder('Fuite au plafond de la salle de bain');
    await act(t, manager, n, { action: 'enter_appointment', dispatchId: dispatches[0]!.id, startsAt: later(1), durationMinutes: 60 });
    let ticket = await act(t, manager, n, { action: 'enter_completion', dispatchId: dispatches[0]!.id, comment: 'Fait' });
    expect(ticket.resolvedAt).toBeNull(); // done, not invoiced yet
    ticket = await act(t, manager, n, { action: 'enter_invoice', dispatchId: dispatches[0]!.id, amountCents: 25_000 });
    expect(ticket.resolvedAt).not.toBeNull();
    expect((await eventTypes(n)).filter((e) => e === 'feedback_requested')).toHaveLength(1);

    ticket = await act(t, manager, n, { action: 'add_contractor', contractor: { contractorId: refs.contractor('F-002').id, channels: ['email'] } });
    expect(ticket.resolvedAt).toBeNull();
    const second = ticket.dispatches.find((d: { id: string }) => d.id !== dispatches[0]!.id).id;
    await invoiced(n, second);
    ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
    expect(ticket.resolvedAt).not.toBeNull();
    const types = await eventTypes(n);
    expect(types.filter((e) => e === 'ticket_resolved')).toHaveLength(2);
    expect(types.filter((e) => e === 'feedback_requested')).toHaveLength(1);
    const asked = (await outboxOf(n)).filter((m) => m.template === 'requester_feedback_request');
    expect(asked.map((m) => m.channel)).toEqual(['email']);
    expect(asked[0]!.text).toContain('Did everything go well?'); // her portal language
  });

  it('when the requester gives a good rating, then it is stored once, shown to the manager, unread; twice is a 409', async () => {
    const { number: n, dispatches } = await workOrder('Interphone en panne');
    await invoiced(n, dispatches[0]!.id);
    const helene = await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' });
    const given = await feedback(helene, n, { rating: 'good', reason: 'quick', comment: 'Merci, très rapide.' });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json().feedback).toMatchObject({ rating: 'good', reason: 'quick', comment: 'Merci, très rapide.' });

    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
    expect(ticket.feedback).toEqual({ rating: 'good', reason: 'quick', comment: 'Merci, très rapide.', at: t.clock.now().toISOString() });
    expect(ticket.resolvedAt).not.toBeNull();
    expect(ticket.unreadCount).toBe(1);
    expect(ticket.needsAction).toBe(true);
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as { type: string; actorType: string; actorName: string; channel: string }[];
    expect(events.find((e) => e.type === 'feedback_given')).toMatchObject({ actorType: 'requester', actorName: 'Hélène Rousseau', channel: 'portal' });
    expect((await outboxOf(n)).some((m) => m.template === 'staff_answer_received')).toBe(true);

    const again = await feedback(helene, n, { rating: 'bad' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('action_not_available');
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);
  });

  it('when the requester gives a bad rating, then the ticket goes back to the manager: needs action, no longer resolved', async () => {
    const { number: n, dispatches } = await workOrder('Chauffage toujours froid');
    await invoiced(n, dispatches[0]!.id);
    await act(t, manager, n, { action: 'internal_note', body: '<p>lu</p>' });
    await t.call(manager, 'POST', `/api/v1/tickets/${n}/read`);
    const helene = await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' });
    const given = await feedback(helene, n, { rating: 'bad', reason: 'not_fixed', comment: 'Le radiateur est toujours froid.' });
    expect(given.statusCode, given.body).toBe(201);
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
    expect(ticket).toMatchObject({ needsAction: true, waitingOn: 'staff', resolvedAt: null, autoCloseAt: null });
    expect(ticket.feedback.rating).toBe('bad');
    expect(ticket.nextSteps.ticket).toContain('mark_resolved');
  });

  it('when someone else than the requester rates, or the ticket is not resolved, then 409; a resident who cannot see it gets a 404', async () => {
    const { number: n, dispatches } = await workOrder('Éclairage du parking');
    const helene = await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' });
    const early = await feedback(helene, n, { rating: 'good' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('action_not_available');
    await invoiced(n, dispatches[0]!.id);

    // Marc Lefebvre sits on the council: he sees the ticket, it is not his to rate.
    const marc = await residentCookie(t, refs.person('P-002'), { email: 'marc.lefebvre@example.test' });
    const neighbour = await feedback(marc, n, { rating: 'bad' });
    expect(neighbour.statusCode, neighbour.body).toBe(409);
    expect(neighbour.json().error.code).toBe('action_not_available');
    // Nadia Benali is a tenant of another unit: for her the ticket does not exist.
    const nadia = await residentCookie(t, refs.person('P-003'), { email: 'nadia.benali@example.test' });
    const stranger = await feedback(nadia, n, { rating: 'bad' });
    expect(stranger.statusCode).toBe(404);
    expect((await feedback(nadia, 999_999, { rating: 'bad' })).statusCode).toBe(404);
    // A bad input is a 400 with its field; no cookie is a 401.
    const bad = await feedback(helene, n, { rating: 'excellent' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${n}/feedback`, payload: { rating: 'good' } })).statusCode).toBe(401);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json().feedback).toBeNull();
  });
});

describe('auto close', () => {
  it('when the agency closes resolved tickets after D days and the requester says nothing, then the pass closes the ticket once and tells the requester', async () => {
    const set = await t.call(admin, 'PATCH', '/api/v1/settings', { autoCloseDays: 7 });
    expect(set.statusCode, set.body).toBe(200);
    const { number: n } = await workOrder('Boîte aux lettres cassée');
    const { number: rated } = await workOrder('Sonnette muette');
    let ticket = await act(t, manager, n, { action: 'mark_resolved' });
    expect(new Date(ticket.autoCloseAt).getTime()).toBe(t.clock.now().getTime() + 7 * DAY);
    await act(t, manager, rated, { action: 'mark_resolved' });
    const helene = await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' });
    expect((await feedback(helene, rated, { rating: 'fair' })).statusCode).toBe(201);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${rated}`)).json().autoCloseAt).toBeNull();

    await advance(6 * DAY);
    await runAutomation(t.ctx);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json().status).not.toBe('closed');

    await advance(DAY + 60_000);
    const first = await runAutomation(t.ctx);
    expect(first.auto_close).toBeGreaterThanOrEqual(1);
    ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
    expect(ticket).toMatchObject({ status: 'closed', closeReason: 'auto_closed', autoCloseAt: null });
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${rated}`)).json().status).not.toBe('closed');
    const again = await runAutomation(t.ctx);
    expect(again.auto_close).toBe(0);
    expect((await eventTypes(n)).filter((e) => e === 'ticket_auto_closed')).toHaveLength(1);
    const told = (await outboxOf(n)).filter((m) => m.template === 'requester_ticket_auto_closed');
    expect(told).toHaveLength(1);
    expect(told[0]!.recipients).toEqual(['helene.rousseau@example.test']);
    expect(told[0]!.text).toContain(`https://gardien.example.test/portal/tickets/${n}`);
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as { type: string; payload: { days: number } }[];
    expect(events.find((e) => e.type === 'ticket_auto_closed')!.payload).toEqual({ days: 7 });

    // Closed on its own, it may still be rated for 30 days.
    const late = await feedback(await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' }), n, { rating: 'good' });
    expect(late.statusCode, late.body).toBe(201);
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);
  });

  it('when a resolved incident still has an open report, then the pass leaves it to the manager, whose close closes both', async () => {
    expect((await t.call(admin, 'PATCH', '/api/v1/settings', { autoCloseDays: 7 })).statusCode).toBe(200);
    const { number: incident } = await workOrder('Ascenseur en panne');
    const { number: report } = await workOrder('Ascenseur bloqué au 3e', 'P-004');
    await act(t, manager, report, { action: 'link_to_incident', incidentNumber: incident });
    await act(t, manager, incident, { action: 'mark_resolved' });
    await advance(8 * DAY);
    await runAutomation(t.ctx);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${incident}`)).json().status).not.toBe('closed');
    await act(t, manager, incident, { action: 'close' });
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${report}`)).json()).toMatchObject({ status: 'closed', closeReason: 'duplicate' });
  });

  it('when the test clock moves past the delay through the API, then the pass it runs closes the ticket', async () => {
    const { number: n } = await workOrder('Volet roulant bloqué');
    await act(t, manager, n, { action: 'mark_resolved' });
    const moved = await t.call(admin, 'POST', '/api/v1/test-clock', { advance: 'P8D' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().automation.auto_close).toBe(1);
    manager = await t.login('manager@demo.gardien.test');
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json().closeReason).toBe('auto_closed');
  });
});
