// A work order from creation to closing, as a manager works it, answers entered by hand.
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

describe('a work order, step by step', () => {
  it('when a manager creates a work order, works it to the invoice and closes it, then every step shows and nothing is lost', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS',
      propertyId: refs.property('COP-001').id,
      unitId: refs.unit('COP-001', 'A11').id,
      subject: 'Fuite sous l\u2019évier',
      description: 'Fuite importante sous l\u2019évier de la cuisine, le locataire a coupé l\u2019eau.',
      requester: { personId: refs.person('P-001').id },
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email', 'sms'], instructions: 'Clés chez la gardienne' }],
      contactPerson: { personId: refs.person('P-001').id },
      watchers: [{ personId: refs.person('P-002').id, channels: ['email'] }],
      presenceCheck: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    let ticket = created.json();
    expect(ticket).toMatchObject({ type: 'ODS', status: 'awaiting_appointment', statusKind: 'waiting', needsAction: false, waitingOn: 'contractor' });
    expect(ticket.number).toBeGreaterThan(0);
    expect(ticket.assignee.name).toBe('Camille Martin');
    expect(ticket.contactPerson.name).toBe('Hélène Rousseau');
    expect(ticket.watchers.map((w: { name: string }) => w.name)).toEqual(['Marc Lefebvre']);
    const dispatch = ticket.dispatches[0];
    expect(dispatch).toMatchObject({ kind: 'work_order', state: 'requested', contractorName: 'Plomberie Dupuis', channels: ['email', 'sms'] });
    expect(ticket.nextSteps.dispatches[0].actions).toEqual(expect.arrayContaining(['enter_acceptance', 'enter_refusal', 'remind', 'replace_contractor']));
    expect(ticket.nextSteps.dispatches[0].actions).not.toContain('enter_invoice');
    const n = ticket.number;

    await refused(t, manager, n, { action: 'enter_invoice', dispatchId: dispatch.id, amountCents: 100 }, 409, 'action_not_available');

    ticket = await act(t, manager, n, { action: 'enter_acceptance', dispatchId: dispatch.id, startsAt: '2026-11-25T09:00:00+01:00', durationMinutes: 90 });
    expect(ticket).toMatchObject({ status: 'appointment_proposed', needsAction: true, waitingOn: 'staff' });
    expect(ticket.dispatches[0].appointment).toEqual({ startsAt: '2026-11-25T08:00:00.000Z', durationMinutes: 90 });

    ticket = await act(t, manager, n, { action: 'validate_appointment', dispatchId: dispatch.id });
    expect(ticket).toMatchObject({ status: 'awaiting_completion', needsAction: false });

    ticket = await act(t, manager, n, { action: 'enter_presence', dispatchId: dispatch.id, presence: 'on_site' });
    expect(ticket.dispatches[0].state).toBe('on_site');

    ticket = await act(t, manager, n, { action: 'enter_completion', dispatchId: dispatch.id, comment: 'Siphon remplacé' });
    expect(ticket).toMatchObject({ status: 'completed', needsAction: true });

    ticket = await act(t, manager, n, { action: 'request_invoice', dispatchId: dispatch.id });
    expect(ticket).toMatchObject({ status: 'awaiting_invoice', waitingOn: 'contractor' });

    ticket = await act(t, manager, n, { action: 'enter_invoice', dispatchId: dispatch.id, amountCents: 25364 });
    expect(ticket).toMatchObject({ status: 'invoice_received', amountCents: 25364 });

    ticket = await act(t, manager, n, { action: 'rerequest_invoice', dispatchId: dispatch.id, comment: 'Il manque le numéro de TVA' });
    expect(ticket.status).toBe('awaiting_invoice');
    await act(t, manager, n, { action: 'enter_invoice', dispatchId: dispatch.id, amountCents: 25364 });

    ticket = await act(t, manager, n, { action: 'close' });
    expect(ticket).toMatchObject({ status: 'closed', needsAction: false, waitingOn: 'nobody' });
    expect(ticket.nextSteps.ticket).toEqual([]);
    expect(ticket.nextSteps.dispatches).toEqual([{ dispatchId: dispatch.id, actions: [] }]);
    expect(ticket.nextSteps.parties).toHaveLength(2);
    expect(ticket.nextSteps.parties).toEqual(expect.arrayContaining([{ partyId: ticket.contactPerson.id, actions: [] }, { partyId: ticket.watchers[0].id, actions: [] }]));
    await refused(t, manager, n, { action: 'internal_note', body: 'trop tard' }, 409, 'action_not_available');
    await refused(t, manager, n, { action: 'close' }, 409, 'action_not_available');

    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      // The invoice resolves the ticket on its own (the requester is asked for feedback once); asking
      // for the invoice again reopens it, the second invoice resolves it again.
      'ticket_closed', 'ticket_resolved', 'invoice_received', 'invoice_rerequested', 'feedback_requested', 'ticket_resolved', 'invoice_received',
      'invoice_requested', 'work_completed', 'check_in_answered', 'appointment_validated', 'contractor_accepted', 'work_order_sent', 'ticket_created',
    ]);
    expect(events.map((e: { seq: number }) => e.seq)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const accepted = events.find((e: { type: string }) => e.type === 'contractor_accepted');
    expect(accepted).toMatchObject({ direction: 'in', actorType: 'staff', actorName: 'Camille Martin', payload: { enteredBy: 'Camille Martin' } });
  });
});

describe('the history left by the steps above', () => {
  it('when every step above was taken, then every stored event is one of the catalogue, with its direction and a payload its schema accepts', async () => {
    const { checked, problems } = await checkStoredEvents(t.ctx);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
