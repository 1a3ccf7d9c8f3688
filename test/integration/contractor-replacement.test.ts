// "Contacter un autre intervenant", answered "replace": the first request is cancelled and the
// new contractor asked in one change — the history says both, the first contractor is told (with
// the reason), the new one gets the request — and a refused replacement changes nothing at all.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

interface OutboxItem { template: string; channel: string; recipientName: string; text: string }
interface EventItem { seq: number; type: string; createdAt: string; dispatchId: string | null; payload: Record<string, unknown> }

async function quoteRequest() {
  const response = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Porte du local vélos', contractors: [{ contractorId: refs.contractor('F-001').id }],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const outbox = async (number: number) => (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${number}`)).json().items as OutboxItem[];
// The history, oldest first.
const events = async (number: number) =>
  ((await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items as EventItem[]).sort((a, b) => a.seq - b.seq);

describe('replacing the contractor of a quote request', () => {
  it('when the manager replaces the first contractor, then one change cancels it, tells it why, and asks the new one', async () => {
    const ticket = await quoteRequest();
    const first = ticket.dispatches[0];
    const before = (await events(ticket.number)).length;
    const after = await act(t, manager, ticket.number, {
      action: 'replace_contractor', dispatchId: first.id, contractor: { contractorId: refs.contractor('F-010').id }, reason: 'Délai trop long',
    });
    expect(after.type).toBe('DS');
    expect(after.dispatches.map((d: { contractorName: string; state: string }) => `${d.contractorName}: ${d.state}`)).toEqual(['Plomberie Dupuis: cancelled', 'Bâti Rénov: requested']);

    // The history says both, written at the same instant by the same change.
    const added = (await events(ticket.number)).slice(before);
    expect(added.map((e) => e.type)).toEqual(['contractor_replaced', 'quote_requested']);
    expect(added[0]).toMatchObject({ dispatchId: first.id, payload: { contractor: 'Plomberie Dupuis', reason: 'Délai trop long' } });
    expect(added[1]).toMatchObject({ dispatchId: after.dispatches[1].id, payload: { contractor: 'Bâti Rénov', replaces: 'Plomberie Dupuis' } });
    expect(added[1]!.createdAt).toBe(added[0]!.createdAt);

    // The first contractor is told, with the reason; the new one gets the quote request.
    const messages = await outbox(ticket.number);
    const cancelled = messages.filter((m) => m.template === 'intervention_cancelled');
    expect(cancelled.map((m) => `${m.channel}/${m.recipientName}`).sort()).toEqual(['email/Plomberie Dupuis', 'sms/Plomberie Dupuis']);
    expect(cancelled.find((m) => m.channel === 'email')!.text).toContain('Délai trop long');
    expect([...new Set(messages.filter((m) => m.template === 'quote_request').map((m) => m.recipientName))].sort()).toEqual(['Bâti Rénov', 'Plomberie Dupuis']);
  });

  it('when the new contractor is refused, then nothing changed: the first request stands and no one is told', async () => {
    const ticket = await quoteRequest();
    const before = (await events(ticket.number)).length;
    await refused(t, manager, ticket.number, {
      action: 'replace_contractor', dispatchId: ticket.dispatches[0].id, contractor: { contractorId: '00000000-0000-4000-8000-000000000000' },
    }, 422, 'unknown_reference');
    const now = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(now.dispatches.map((d: { state: string }) => d.state)).toEqual(['requested']);
    expect(await events(ticket.number)).toHaveLength(before);
    expect((await outbox(ticket.number)).filter((m) => m.template === 'intervention_cancelled')).toEqual([]);
  });

  it('when the manager adds rather than replaces, then both requests stand and the first contractor is not told anything', async () => {
    const ticket = await quoteRequest();
    const after = await act(t, manager, ticket.number, { action: 'add_contractor', contractor: { contractorId: refs.contractor('F-010').id } });
    expect(after.type).toBe('DM');
    expect(after.dispatches.map((d: { state: string }) => d.state)).toEqual(['requested', 'requested']);
    expect((await outbox(ticket.number)).filter((m) => m.template === 'intervention_cancelled')).toEqual([]);
  });
});
