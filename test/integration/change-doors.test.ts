// Every door a ticket changes by goes through the one commit path: creation, a staff action, a
// party's answer through its link, the validation of a pending request, and the automation. For
// each, the reactors see the change with its events inside the transaction, the outbox holds the
// messages of those events, and browsers hear of the ticket once it is committed.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { answer, advance } from '../support/exchange.ts';
import { REACTORS } from '../../src/tickets/reactors/index.ts';
import type { TicketChange, Reactor } from '../../src/tickets/ticket-change.ts';
import { outboxMessages, dispatches } from '../../src/db/schema/index.ts';
import type { TemplateKey } from '../../src/domain/messages/template-catalogue.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;
const seen: { number: number; events: string[]; acting: string; reindex: boolean }[] = [];
const recorder: Reactor = {
  name: 'test-recorder',
  async react(_db, _ctx, changes: readonly TicketChange[]) {
    for (const c of changes) seen.push({ number: c.ticket.number, events: c.events.map((e) => e.type), acting: c.acting.type, reindex: c.reindex });
  },
};
const published: number[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1', SMTP_URL: 'smtp://127.0.0.1:9', PUBLIC_URL: 'https://gardien.test' });
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
  REACTORS.push(recorder);
  const me = (await t.call(manager, 'GET', '/api/v1/me')).json();
  unsubscribe = t.ctx.live.subscribe(me.organization.id, (change) => published.push(change.number));
});
afterAll(async () => {
  REACTORS.splice(REACTORS.indexOf(recorder), 1);
  unsubscribe?.();
  await t?.close();
});
afterEach(() => {
  seen.length = 0;
  published.length = 0;
});

async function outboxOf(ticket: { id: string }, templates: TemplateKey[]) {
  const rows = await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, ticket.id));
  return rows.filter((r) => (templates as readonly string[]).includes(r.template));
}

async function createWorkOrder(subject: string) {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject, description: 'Par la porte de service.',
    contractors: [{ contractorId: refs.contractor('F-002').id }],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

describe('the one commit path, door by door', () => {
  it('when a manager creates a ticket, then the reactors get it with its events, it is searchable, its work order is in the outbox, and it is announced', async () => {
    const ticket = await createWorkOrder('Porte cochère grinçante');
    expect(seen).toEqual([{ number: ticket.number, events: ['ticket_created', 'work_order_sent'], acting: 'staff', reindex: true }]);
    expect(published).toEqual([ticket.number]);
    expect(await outboxOf(ticket, ['work_order'])).toHaveLength(1);
    const found = (await t.call(manager, 'GET', `/api/v1/tickets?scope=all&q=${encodeURIComponent('cochere grincante')}`)).json();
    expect(found.items.map((i: { number: number }) => i.number)).toContain(ticket.number);
  });

  it('when a manager acts on a ticket, then the reactors get the action and its message goes out', async () => {
    const ticket = await createWorkOrder('Boîte aux lettres forcée');
    seen.length = 0;
    published.length = 0;
    await act(t, manager, ticket.number, { action: 'send_message', dispatchId: ticket.dispatches[0].id, body: 'Merci de passer avant vendredi.' });
    expect(seen).toEqual([{ number: ticket.number, events: ['message_sent'], acting: 'staff', reindex: false }]);
    expect(published).toEqual([ticket.number]);
    expect(await outboxOf(ticket, ['message_sent'])).toHaveLength(1);
  });

  it('when a contractor answers through their link, then the reactors get the answer and the manager is told', async () => {
    const ticket = await createWorkOrder('Digicode muet');
    const link = (await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/links`, { dispatchId: ticket.dispatches[0].id })).json().url as string;
    seen.length = 0;
    published.length = 0;
    await answer(t, link.split('/x/')[1]!, { action: 'accept', startsAt: '2027-01-05T09:00:00+01:00', durationMinutes: 60 });
    expect(seen).toEqual([{ number: ticket.number, events: ['contractor_accepted'], acting: 'contractor', reindex: false }]);
    expect(published).toEqual([ticket.number]);
    expect(await outboxOf(ticket, ['staff_answer_received'])).not.toHaveLength(0);
  });

  it('when a pending request is validated, then the reactors get the validation, reindex it, and its work order goes out', async () => {
    const pending = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: refs.property('COP-001').id, subject: 'Odeur de gaz au 2e', source: 'phone' });
    expect(pending.statusCode, pending.body).toBe(201);
    const n = pending.json().number;
    const id = pending.json().id;
    seen.length = 0;
    await act(t, manager, n, { action: 'validate', kind: 'work_order', contractors: [{ contractorId: refs.contractor('F-002').id }] });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ number: n, acting: 'staff', reindex: true });
    expect(seen[0]!.events).toContain('work_order_sent');
    expect(await outboxOf({ id }, ['work_order'])).toHaveLength(1);
  });

  it('when a reminder falls due, then the automation changes the ticket through the same path, and the reminder is in the outbox once', async () => {
    const ticket = await createWorkOrder('Éclairage du parking en panne');
    seen.length = 0;
    published.length = 0;
    await advance(t, 'P7DT1H');
    const mine = seen.filter((s) => s.number === ticket.number);
    expect(mine).toEqual([{ number: ticket.number, events: ['reminder_sent'], acting: 'system', reindex: false }]);
    expect(published).toContain(ticket.number);
    expect(await outboxOf(ticket, ['reminder_work_order'])).toHaveLength(1);
    // The dispatch's schedule moved to the next reminder, a full delay later.
    const [dispatch] = await t.ctx.db.select().from(dispatches).where(inArray(dispatches.id, [ticket.dispatches[0].id]));
    expect(dispatch!.remindersSent).toBe(1);
    expect(dispatch!.nextReminderAt!.getTime() - dispatch!.reminderBaseAt.getTime()).toBe(14 * 86_400_000);
  });
});
