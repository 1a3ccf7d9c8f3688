// Quote flows: a work order that needs a quote, approval by the council president, several
// quotes with one retained, refusal and replacement, cancellation.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
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
  const response = await t.call(manager, 'POST', '/api/v1/tickets', { propertyId: refs.property('COP-001').id, subject: 'Test', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('quotes', () => {
  it('when the contractor on site says a quote is needed, then the work order becomes a quote request (ODS → DS)', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    const d = ticket.dispatches[0].id;
    await act(t, manager, ticket.number, { action: 'enter_appointment', dispatchId: d, startsAt: '2026-11-24T14:00:00Z', durationMinutes: 60 });
    const after = await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: d, amountCents: 184000, validUntil: '2027-01-31' });
    expect(after).toMatchObject({ type: 'DS', status: 'quote_received', needsAction: true });
    expect(after.dispatches[0]).toMatchObject({ kind: 'quote', state: 'quote_received', quote: { amountCents: 184000, validUntil: '2027-01-31' } });
  });

  it('when a quote goes to the council president who approves it, then it is confirmed, planned, done and invoiced', async () => {
    const ticket = await create({ type: 'DS', contractors: [{ contractorId: refs.contractor('F-007').id, channels: ['sms'] }], contactPerson: { personId: refs.person('P-004').id } });
    const n = ticket.number;
    const d = ticket.dispatches[0].id;
    // A quote request always goes by email too.
    expect(ticket.dispatches[0].channels).toEqual(['email', 'sms']);
    expect(ticket).toMatchObject({ type: 'DS', status: 'quote_awaiting', presenceCheck: true, waitingOn: 'contractor' });
    expect((await act(t, manager, n, { action: 'enter_acceptance', dispatchId: d })).status).toBe('quote_awaiting');
    expect((await act(t, manager, n, { action: 'enter_quote', dispatchId: d, amountCents: 420000 })).status).toBe('quote_received');

    let after = await act(t, manager, n, { action: 'request_approval', approver: { personId: refs.person('P-001').id }, informCouncil: true, comment: 'Réfection de la toiture' });
    expect(after).toMatchObject({ status: 'quote_awaiting_approval', waitingOn: 'approver', needsAction: false });
    expect(after.approvers).toHaveLength(1);
    expect(after.approvers[0]).toMatchObject({ name: 'Hélène Rousseau', dispatchIds: [d] });
    expect(after.councilInformed.map((p: { name: string }) => p.name)).toEqual(['Marc Lefebvre']);

    after = await act(t, manager, n, { action: 'enter_approval', dispatchId: d, decision: 'approve', comment: 'OK pour moi' });
    expect(after).toMatchObject({ status: 'quote_approved', needsAction: true, amountCents: 420000 });
    expect(after.approvers[0].decision).toBe('approve');

    after = await act(t, manager, n, { action: 'confirm_quote', dispatchId: d, comment: 'Devis signé joint' });
    expect(after.dispatches[0]).toMatchObject({ kind: 'work_order', state: 'requested' });
    expect(after).toMatchObject({ status: 'awaiting_appointment', type: 'DS' });

    after = await act(t, manager, n, { action: 'enter_acceptance', dispatchId: d, startsAt: '2026-12-03T15:00:00+01:00', durationMinutes: 150 });
    expect(after.status).toBe('appointment_proposed');
    await act(t, manager, n, { action: 'validate_appointment', dispatchId: d });
    after = await act(t, manager, n, { action: 'enter_completion', dispatchId: d, invoice: { amountCents: 431250 } });
    // Completion with the invoice skips the invoice request.
    expect(after).toMatchObject({ status: 'invoice_received', amountCents: 431250 });
    const types = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items.map((e: { type: string }) => e.type);
    // Done and invoiced, it resolves on its own (no requester to ask for feedback).
    expect(types).toEqual(['ticket_resolved', 'work_completed', 'appointment_validated', 'contractor_accepted', 'quote_confirmed', 'quote_approved', 'approval_requested', 'quote_received', 'contractor_accepted', 'quote_requested', 'ticket_created']);
  });

  it('when several contractors quote and one is retained, then the others are not retained and the ticket goes on as a single quote', async () => {
    const ticket = await create({ type: 'DS', contractors: [{ contractorId: refs.contractor('F-001').id }, { contractorId: refs.contractor('F-003').id }, { contractorId: refs.contractor('F-010').id }] });
    expect(ticket.type).toBe('DM');
    const [a, b, c] = ticket.dispatches.map((d: { id: string }) => d.id);
    await act(t, manager, ticket.number, { action: 'enter_refusal', dispatchId: c, reason: 'Pas disponible avant mars' });
    let after = await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: a, amountCents: 90000 });
    expect(after.status).toBe('quote_received');
    await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: b, amountCents: 75000 });
    after = await act(t, manager, ticket.number, { action: 'accept_quote', dispatchId: b });
    expect(after.type).toBe('DS');
    expect(after.status).toBe('quote_approved');
    expect(after.dispatches.map((d: { state: string }) => d.state)).toEqual(['not_retained', 'approved', 'refused']);
    expect(after.amountCents).toBe(75000);
    await refused(t, manager, ticket.number, { action: 'accept_quote', dispatchId: a }, 409, 'action_not_available');
  });

  it('when a quote is rejected and a revised one arrives, then it can be accepted', async () => {
    const ticket = await create({ type: 'DS', contractors: [{ contractorId: refs.contractor('F-006').id }] });
    const d = ticket.dispatches[0].id;
    await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: d, amountCents: 50000 });
    expect((await act(t, manager, ticket.number, { action: 'reject_quote', dispatchId: d, comment: 'Trop cher' })).status).toBe('quote_rejected');
    await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: d, amountCents: 42000 });
    expect((await act(t, manager, ticket.number, { action: 'accept_quote', dispatchId: d })).amountCents).toBe(42000);
  });

  it('when a quote request is answered by another contractor added, then DS becomes DM; replacing cancels the first', async () => {
    const ticket = await create({ type: 'DS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    let after = await act(t, manager, ticket.number, { action: 'add_contractor', contractor: { name: 'Plombier du quartier', emails: ['contact@plombier.example.fr'] } });
    expect(after.type).toBe('DM');
    expect(after.dispatches[1]).toMatchObject({ contractorId: null, contractorName: 'Plombier du quartier', kind: 'quote', state: 'requested' });

    const single = await create({ type: 'DS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    after = await act(t, manager, single.number, { action: 'replace_contractor', dispatchId: single.dispatches[0].id, contractor: { contractorId: refs.contractor('F-010').id }, reason: 'Délai trop long' });
    expect(after.type).toBe('DS');
    expect(after.dispatches.map((d: { state: string; contractorName: string }) => [d.contractorName, d.state])).toEqual([['Plomberie Dupuis', 'cancelled'], ['Bâti Rénov', 'requested']]);
    expect(after.status).toBe('quote_awaiting');
  });
});

describe('refusal, replacement, cancellation and several contractors', () => {
  it('when a contractor refuses, then the ticket needs action, and replacing them sends a new work order', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-004').id }] });
    let after = await act(t, manager, ticket.number, { action: 'enter_refusal', dispatchId: ticket.dispatches[0].id, reason: 'Hors zone' });
    expect(after).toMatchObject({ status: 'refused_by_contractor', needsAction: true });
    expect(after.dispatches[0].refusalReason).toBe('Hors zone');
    after = await act(t, manager, ticket.number, { action: 'replace_contractor', dispatchId: ticket.dispatches[0].id, contractor: { contractorId: refs.contractor('F-002').id } });
    expect(after).toMatchObject({ type: 'ODS', status: 'awaiting_appointment' });
  });

  it('when a second contractor is added to a work order, then it is an ODSM, in progress, with each dispatch its own state', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    let after = await act(t, manager, ticket.number, { action: 'add_contractor', contractor: { contractorId: refs.contractor('F-002').id } });
    expect(after).toMatchObject({ type: 'ODSM', status: 'in_progress', needsAction: false });
    after = await act(t, manager, ticket.number, { action: 'enter_acceptance', dispatchId: after.dispatches[1].id, startsAt: '2026-11-26T10:00:00Z', durationMinutes: 60 });
    expect(after).toMatchObject({ status: 'in_progress', needsAction: true });
    expect(after.dispatches.map((d: { status: string }) => d.status)).toEqual(['awaiting_appointment', 'appointment_proposed']);
    await refused(t, manager, ticket.number, { action: 'request_quote', dispatchId: after.dispatches[0].id }, 409, 'action_not_available');
  });

  it('when all interventions are cancelled, then the ticket shows cancelled and needs a decision', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    const after = await act(t, manager, ticket.number, { action: 'cancel_intervention', reason: 'Réparé par le locataire' });
    expect(after).toMatchObject({ status: 'cancelled', needsAction: true });
    await refused(t, manager, ticket.number, { action: 'cancel_intervention' }, 409, 'action_not_available');
    expect((await act(t, manager, ticket.number, { action: 'close' })).status).toBe('closed');
  });

  it('when the contractor cannot come or postpones at check-in, then the appointment is to be set again', async () => {
    const ticket = await create({ type: 'ODS', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    const d = ticket.dispatches[0].id;
    await act(t, manager, ticket.number, { action: 'enter_appointment', dispatchId: d, startsAt: '2026-11-24T14:00:00Z', durationMinutes: 60 });
    let after = await act(t, manager, ticket.number, { action: 'enter_presence', dispatchId: d, presence: 'late', startsAt: '2026-11-24T15:00:00Z' });
    expect(after.dispatches[0]).toMatchObject({ state: 'planned', appointment: { startsAt: '2026-11-24T15:00:00.000Z' } });
    after = await act(t, manager, ticket.number, { action: 'enter_presence', dispatchId: d, presence: 'postpone', startsAt: '2026-11-27T09:00:00Z' });
    expect(after.status).toBe('appointment_proposed');
    await act(t, manager, ticket.number, { action: 'validate_appointment', dispatchId: d });
    after = await act(t, manager, ticket.number, { action: 'enter_presence', dispatchId: d, presence: 'cannot_come' });
    expect(after).toMatchObject({ status: 'awaiting_appointment' });
    expect(after.dispatches[0].appointment).toBeNull();
    await refused(t, manager, ticket.number, { action: 'enter_presence', dispatchId: d, presence: 'late' }, 409, 'action_not_available');
  });
});

describe('the history left by the steps above', () => {
  it('when every step above was taken, then every stored event is one of the catalogue, with its direction and a payload its schema accepts', async () => {
    const { checked, problems } = await checkStoredEvents(t.ctx);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
