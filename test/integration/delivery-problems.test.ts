// When a message to a party could not leave, the ticket says so: a contractor reachable only by
// SMS while no SMS provider is configured has its work order held in the outbox; the ticket view
// names that message (who, which channel, why, the fix, where the outbox shows it) and the history
// does not count the work order as sent. A rejected email address says to correct the address.
// Only readers of the outbox see it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { outboxMessages } from '../../src/db/schema/index.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { createUser } from '../../src/masterdata/users.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  expect(t.ctx.transports.sms).toBeUndefined();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

const createWorkOrder = async (contractor: Record<string, unknown>, more: Record<string, unknown> = {}) => {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Volet bloqué', contractors: [contractor], ...more });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { number: number; dispatches: { id: string }[]; deliveryProblems: Record<string, unknown>[] };
};

describe('messages that could not leave, on the ticket', () => {
  it('when a contractor has only a phone and no SMS provider is configured, then the ticket shows the held SMS, why and the fix, and the history does not say it was sent', async () => {
    const ticket = await createWorkOrder({ name: 'Serrurier du coin', phones: ['+33 6 12 34 56 78'], channels: ['sms'] });
    const view = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(view.deliveryProblems).toHaveLength(1);
    expect(view.deliveryProblems[0]).toMatchObject({
      dispatchId: ticket.dispatches[0]!.id, partyId: null, channel: 'sms', state: 'held', cause: 'no_sms_provider', fix: 'configure_sms',
      template: 'work_order', recipientName: 'Serrurier du coin', recipients: ['+33 6 12 34 56 78'],
    });
    expect(view.deliveryProblems[0].outboxUrl).toBe(`/admin/outbox?ticket=${ticket.number}&state=held&channel=sms&message=${view.deliveryProblems[0].messageId}`);
    // The outbox holds that very message.
    const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${ticket.number}`)).json().items as { id: string; state: string }[];
    expect(outbox.find((m) => m.id === view.deliveryProblems[0].messageId)?.state).toBe('held');

    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; delivery: string | null }[];
    expect(events.find((e) => e.type === 'work_order_sent')?.delivery).toBe('not_sent');
    expect(events.find((e) => e.type === 'ticket_created')?.delivery).toBeNull();
  });

  it('when an email was refused for its address, then the ticket says to correct the address; once it is sent again and leaves, the problem is gone', async () => {
    const ticket = await createWorkOrder({ contractorId: refs.contractor('F-001').id, channels: ['email'] });
    const view = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    // No SMTP server either in this test: the email is held first.
    expect(view.deliveryProblems.map((p: { channel: string; cause: string; fix: string }) => [p.channel, p.cause, p.fix])).toEqual([['email', 'no_mail_server', 'configure_mail']]);
    const id = view.deliveryProblems[0].messageId as string;
    await t.ctx.db.update(outboxMessages).set({ state: 'failed', lastError: '550 5.1.1 <contact@plomberie-dupuis.example.fr>: Recipient address rejected: User unknown' }).where(eq(outboxMessages.id, id));
    const failed = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(failed.deliveryProblems[0]).toMatchObject({ messageId: id, channel: 'email', state: 'failed', cause: 'address_rejected', fix: 'correct_address' });
    expect(failed.deliveryProblems[0].lastError).toContain('Recipient address rejected');

    await t.ctx.db.update(outboxMessages).set({ state: 'sent', lastError: null, sentAt: new Date() }).where(eq(outboxMessages.id, id));
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json().deliveryProblems).toEqual([]);
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; delivery: string | null }[];
    expect(events.find((e) => e.type === 'work_order_sent')?.delivery).toBe('sent');
  });

  it('when a staff member who may not read the outbox opens the ticket, then no message of the outbox is shown', async () => {
    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    const user = await createUser(t.ctx, organizationId, { email: 'externe@demo.gardien.test', name: 'Agent Externe', roles: ['external_agent'], password: 'external-agent-pw-1' });
    const ticket = await createWorkOrder({ name: 'Vitrier', phones: ['+33 6 98 76 54 32'], channels: ['sms'] }, { assigneeId: user.id });
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json().deliveryProblems).toHaveLength(1);
    const external = await t.login('externe@demo.gardien.test', 'external-agent-pw-1');
    const response = await t.call(external, 'GET', `/api/v1/tickets/${ticket.number}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().deliveryProblems).toEqual([]);
    const events = (await t.call(external, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; delivery: string | null }[];
    expect(events.find((e) => e.type === 'work_order_sent')?.delivery).toBeNull();
  });
});
