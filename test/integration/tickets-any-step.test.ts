// What a manager can do at any step: validate or cancel a pending request, edit, reassign,
// silent mode, reminder delays, internal notes, messages, third parties, contact details,
// time spent, read marks; and what an external agent may see.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { performActionAs } from '../../src/tickets/perform-action.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

async function create(body: Record<string, unknown>) {
  const response = await t.call(manager, 'POST', '/api/v1/tickets', { propertyId: refs.property('GER-010').id, subject: 'Test', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('pending requests', () => {
  it('when a pending request is validated as a quote with contractors, then it becomes a DS with its dispatch', async () => {
    const pending = await create({ type: 'PENDING', source: 'webform', subject: 'Vitre cassée', originalDescription: 'La vitre de la porte d\u2019entrée est cassée', requester: { personId: refs.person('P-010').id } });
    expect(pending).toMatchObject({ type: 'PENDING', status: 'pending_validation', needsAction: true, dispatches: [] });
    expect(pending.nextSteps.ticket).toEqual(expect.arrayContaining(['validate', 'cancel_request', 'close']));
    expect(pending.nextSteps.ticket).not.toContain('add_contractor');
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${pending.number}/events`)).json().items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['ticket_created', 'request_received']);
    expect(events[1]).toMatchObject({ direction: 'in', payload: { source: 'webform' } });

    const validated = await act(t, manager, pending.number, {
      action: 'validate', kind: 'quote', subject: 'Remplacement vitre porte d\u2019entrée',
      contractors: [{ contractorId: refs.contractor('F-006').id }], contactPerson: { personId: refs.person('P-010').id },
    });
    expect(validated).toMatchObject({ type: 'DS', status: 'quote_awaiting', subject: 'Remplacement vitre porte d\u2019entrée', presenceCheck: true });
    expect(validated.contactPerson.name).toBe('Sarah Cohen');
    await refused(t, manager, pending.number, { action: 'validate', kind: 'quote', contractors: [{ contractorId: refs.contractor('F-006').id }] }, 409, 'action_not_available');
  });

  it('when a pending request is cancelled, then it is closed for good', async () => {
    const pending = await create({ type: 'PENDING', subject: 'Bruit' });
    const after = await act(t, manager, pending.number, { action: 'cancel_request', reason: 'Trouble de voisinage, pas une intervention' });
    expect(after).toMatchObject({ status: 'closed', closeReason: 'request_cancelled' });
  });

  it('when a pending request is created with contractors, or a work order without, then it is refused naming the field', async () => {
    const a = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: refs.property('GER-010').id, subject: 'x', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    expect(a.statusCode).toBe(400);
    expect(a.json().error.details[0].field).toBe('contractors');
    const b = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('GER-010').id, subject: 'x' });
    expect(b.statusCode).toBe(400);
    const c = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('GER-010').id, unitId: refs.unit('COP-001', 'A11').id, subject: 'x', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    expect(c.statusCode).toBe(422);
    expect(c.json().error.details.field).toBe('unitId');
    const d = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('GER-010').id, subject: 'x', contractors: [{ name: 'SMS seulement', channels: ['sms'] }] });
    expect(d.statusCode).toBe(400);
    expect(d.json().error.message).toContain('SMS');
  });
});

describe('at any step', () => {
  it('when the manager edits, reassigns, toggles silent mode and changes reminders, then each shows and is in the history', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    const n = ticket.number;
    let after = await act(t, manager, n, { action: 'edit', subject: 'Interphone HS', description: 'Plus de son', categoryId: null });
    expect(after).toMatchObject({ subject: 'Interphone HS', description: 'Plus de son' });
    await refused(t, manager, n, { action: 'edit', subject: 'Interphone HS' }, 400, 'validation_failed');
    after = await act(t, manager, n, { action: 'reassign', assigneeId: refs.user('assistant@demo.gardien.test').id });
    expect(after.assignee.name).toBe('Julien Bernard');
    after = await act(t, manager, n, { action: 'set_silent', silent: true });
    expect(after.silent).toBe(true);
    after = await act(t, manager, n, { action: 'set_reminders', reminders: { workOrder: { every: 2, unit: 'hours', max: 5 }, appointmentHours: 24 } });
    expect(after.reminders).toMatchObject({ workOrder: { every: 2, unit: 'hours', max: 5 }, invoice: { every: 7, unit: 'days', max: 3 }, appointmentHours: 24 });
    const types = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items.map((e: { type: string }) => e.type);
    expect(types.slice(0, 4)).toEqual(['reminders_set', 'silent_on', 'ticket_reassigned', 'ticket_edited']);
  });

  it('when an internal note carries a script, then it is stored cleaned and marked internal', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    await act(t, manager, ticket.number, { action: 'internal_note', body: '<p onclick="x()">Voir <strong>concierge</strong><script>alert(1)</script><a href="javascript:alert(1)">lien</a></p>' });
    const note = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items[0];
    expect(note).toMatchObject({ type: 'internal_note', internal: true });
    expect(note.payload.html).toContain('<strong>concierge</strong>');
    expect(note.payload.html).not.toMatch(/script|onclick|javascript/);
    await refused(t, manager, ticket.number, { action: 'internal_note', body: '<script>only</script>' }, 400, 'validation_failed');
  });

  it('when the manager writes to a contractor, a watcher, a third party and changes a contact, then the history reads per party', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }], watchers: [{ personId: refs.person('P-009').id, channels: ['email'] }] });
    const n = ticket.number;
    const d = ticket.dispatches[0].id;
    const w = ticket.watchers[0].id;
    await act(t, manager, n, { action: 'send_message', dispatchId: d, body: 'Pouvez-vous passer demain ?' });
    await act(t, manager, n, { action: 'send_message', partyId: w, subject: 'Suivi', body: 'Le prestataire est prévenu.' });
    await act(t, manager, n, { action: 'inform_third_party', recipients: [{ name: 'Syndic voisin', emails: ['voisin@example.fr'], channels: ['email'] }], message: 'Pour information' });
    await refused(t, manager, n, { action: 'inform_third_party', recipients: [{ name: 'Sans moyen' }] }, 400, 'validation_failed');
    const updated = await act(t, manager, n, { action: 'update_party', dispatchId: d, phones: ['+33 6 99 99 99 99'], channels: ['email', 'sms'] });
    expect(updated.dispatches[0]).toMatchObject({ phones: ['+33 6 99 99 99 99'], channels: ['email', 'sms'] });

    const onlyContractor = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events?dispatchId=${d}`)).json().items.map((e: { type: string }) => e.type);
    expect(onlyContractor).toEqual(['party_updated', 'message_sent', 'work_order_sent']);
    const onlyWatcher = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events?partyId=${w}`)).json().items;
    expect(onlyWatcher).toHaveLength(1);
    expect(onlyWatcher[0].payload).toMatchObject({ to: 'Jean-Pierre Durand', subject: 'Suivi', body: 'Le prestataire est prévenu.' });
  });

  it('when a staff member keeps a ticket open, then the time spent counts, with long gaps capped', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    const url = `/api/v1/tickets/${ticket.number}/time`;
    await t.call(manager, 'POST', url, { event: 'start' });
    t.clock.current = new Date(t.clock.current.getTime() + 30_000);
    expect((await t.call(manager, 'POST', url, { event: 'heartbeat' })).json().timeSpentSeconds).toBe(30);
    t.clock.current = new Date(t.clock.current.getTime() + 30 * 60_000);
    expect((await t.call(manager, 'POST', url, { event: 'stop' })).json().timeSpentSeconds).toBe(90);
    t.clock.current = new Date(t.clock.current.getTime() + 10_000);
    expect((await t.call(manager, 'POST', url, { event: 'heartbeat' })).json().timeSpentSeconds).toBe(90);
  });

  it('when an answer arrives unread, then the ticket needs action until the assignee reads it', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    // An answer from a party (not entered by staff) counts as unread.
    const demo = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
    await performActionAs(t.ctx, demo, ticket.number, { action: 'send_message', dispatchId: ticket.dispatches[0].id, body: 'Je passe jeudi' }, async () => ({ type: 'contractor', name: 'Élec Services Rhône', channel: 'exchange' }), { type: 'system' });
    let after = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(after).toMatchObject({ unreadCount: 1, needsAction: true, waitingOn: 'staff', status: 'awaiting_appointment' });
    expect((await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/read`)).statusCode).toBe(204);
    after = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(after).toMatchObject({ unreadCount: 0, needsAction: false, waitingOn: 'contractor' });
  });
});

describe('external agents', () => {
  it('when an external agent works, then they see only the tickets assigned to them', async () => {
    const demo = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
    const agent = await createUser(t.ctx, demo, { email: 'externe@prestataire.test', name: 'Agent Externe', roles: ['external_agent'], password: 'externe-password' });
    const cookie = await t.login('externe@prestataire.test', 'externe-password');
    const theirs = await create({ type: 'ODS', assigneeId: agent.id, contractors: [{ contractorId: refs.contractor('F-002').id }] });
    const notTheirs = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    const listed = (await t.call(cookie, 'GET', '/api/v1/tickets?scope=all')).json().items.map((i: { number: number }) => i.number);
    expect(listed).toEqual([theirs.number]);
    expect((await t.call(cookie, 'GET', `/api/v1/tickets/${notTheirs.number}`)).statusCode).toBe(404);
    expect((await t.call(cookie, 'POST', `/api/v1/tickets/${notTheirs.number}/actions`, { action: 'close' })).statusCode).toBe(404);
    expect((await t.call(cookie, 'GET', `/api/v1/tickets/${theirs.number}`)).statusCode).toBe(200);
  });

  it('when an external agent would assign a ticket away from themselves, then it is refused and nothing is written', async () => {
    const demo = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
    const agent = await createUser(t.ctx, demo, { email: 'externe2@prestataire.test', name: 'Agent Externe 2', roles: ['external_agent'], password: 'externe-password' });
    const cookie = await t.login('externe2@prestataire.test', 'externe-password');
    const managerId = refs.user('manager@demo.gardien.test').id;
    const before = (await t.call(manager, 'GET', '/api/v1/tickets?scope=all')).json().items.length;
    // Created for someone else: refused, and no ticket (nor number) is taken.
    const created = await t.call(cookie, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Pour le gestionnaire', assigneeId: managerId, contractors: [{ contractorId: refs.contractor('F-002').id }],
    });
    expect(created.statusCode, created.body).toBe(403);
    expect(created.json().error).toMatchObject({ code: 'forbidden', details: { field: 'assigneeId' } });
    expect((await t.call(manager, 'GET', '/api/v1/tickets?scope=all')).json().items.length).toBe(before);
    // Their own ticket handed to someone else: refused, still theirs, nothing in the history.
    const theirs = await create({ type: 'ODS', assigneeId: agent.id, contractors: [{ contractorId: refs.contractor('F-002').id }] });
    const events = (await t.call(cookie, 'GET', `/api/v1/tickets/${theirs.number}/events`)).json().items.length;
    const reassigned = await t.call(cookie, 'POST', `/api/v1/tickets/${theirs.number}/actions`, { action: 'reassign', assigneeId: managerId });
    expect(reassigned.statusCode, reassigned.body).toBe(403);
    const after = await t.call(cookie, 'GET', `/api/v1/tickets/${theirs.number}`);
    expect(after.statusCode).toBe(200);
    expect(after.json().assignee.id).toBe(agent.id);
    expect((await t.call(cookie, 'GET', `/api/v1/tickets/${theirs.number}/events`)).json().items.length).toBe(events);
  });
});

describe('the history left by the steps above', () => {
  it('when every step above was taken, then every stored event is one of the catalogue, with its direction and a payload its schema accepts', async () => {
    const { checked, problems } = await checkStoredEvents(t.ctx);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
