// "Absent — déléguer à…" from the user's own menu: a staff member sets their own absence (until a
// date or until back), and the delegate sees, in their list, the tickets of whom they stand in
// for — and no longer once the absence ends.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';

let t: TestApp;
let manager: string;
let assistant: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  assistant = await t.login('assistant@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

const numbers = async (cookie: string, query: string) =>
  ((await t.call(cookie, 'GET', `/api/v1/tickets?${query}`)).json().items as { number: number }[]).map((ticket) => ticket.number);

describe('one\u2019s own absence and delegate', () => {
  it('when the manager is away until back with the assistant as delegate, then the assistant sees the manager\u2019s tickets as theirs, under the manager\u2019s name', async () => {
    const managerId = refs.user('manager@demo.gardien.test').id;
    const assistantId = refs.user('assistant@demo.gardien.test').id;
    // A ticket of the manager's on a building the assistant does not assist.
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('GER-010').id, subject: 'Boîte aux lettres forcée', assigneeId: managerId, contractors: [{ contractorId: refs.contractor('F-004').id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const number = created.json().number as number;
    expect(await numbers(assistant, 'mine=true&scope=open&limit=100')).not.toContain(number);

    // The manager's own menu: candidates, then "until I am back" (no date).
    const before = (await t.call(manager, 'GET', '/api/v1/me/delegation')).json();
    expect(before).toMatchObject({ delegate: null, until: null, inForce: false });
    expect(before.candidates.map((c: { name: string }) => c.name)).toContain(refs.user('assistant@demo.gardien.test').name);
    expect(before.candidates.map((c: { id: string }) => c.id)).not.toContain(managerId);
    const set = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: assistantId, delegateUntil: null });
    expect(set.statusCode, set.body).toBe(200);
    expect((await t.call(manager, 'GET', '/api/v1/me/delegation')).json()).toMatchObject({ delegate: { id: assistantId }, until: null, inForce: true });

    // The delegate is told whom they stand in for, and sees those tickets: among theirs, and alone.
    const delegate = (await t.call(assistant, 'GET', '/api/v1/me/delegation')).json();
    expect(delegate.standingInFor).toEqual([{ id: managerId, name: 'Camille Martin', until: null }]);
    expect(await numbers(assistant, 'mine=true&scope=open&limit=100')).toContain(number);
    expect(await numbers(assistant, `mine=true&scope=open&assigneeId=${managerId}&limit=100`)).toContain(number);
    expect((await t.call(assistant, 'GET', `/api/v1/tickets/${number}`)).statusCode).toBe(200);

    // The contractor's answer is told to the manager and to whom stands in for her.
    const link = await t.call(manager, 'POST', `/api/v1/tickets/${number}/links`, { dispatchId: created.json().dispatches[0].id });
    expect(link.statusCode, link.body).toBe(201);
    const secret = new URL(link.json().url).pathname.split('/').pop()!;
    const said = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, payload: { action: 'message', body: 'Je passe demain matin.' } });
    expect(said.statusCode, said.body).toBe(200);
    const told = ((await t.call(manager, 'GET', `/api/v1/outbox?ticket=${number}`)).json().items as { template: string; recipientName: string }[])
      .filter((m) => m.template === 'staff_answer_received').map((m) => m.recipientName).sort();
    expect(told).toEqual(['Camille Martin', 'Julien Bernard']);

    // Back: the tickets are the manager's alone again.
    const ended = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: null, delegateUntil: null });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await t.call(assistant, 'GET', '/api/v1/me/delegation')).json().standingInFor).toEqual([]);
    expect(await numbers(assistant, 'mine=true&scope=open&limit=100')).not.toContain(number);
  });

  it('when the absence has an end date, then it is in force until then, and a date without a delegate is refused', async () => {
    const assistantId = refs.user('assistant@demo.gardien.test').id;
    const until = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString();
    const set = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: assistantId, delegateUntil: until });
    expect(set.statusCode, set.body).toBe(200);
    expect((await t.call(assistant, 'GET', '/api/v1/me/delegation')).json().standingInFor).toEqual([
      { id: refs.user('manager@demo.gardien.test').id, name: 'Camille Martin', until },
    ]);
    const lonely = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: null, delegateUntil: until });
    expect(lonely.statusCode).toBe(400);
    await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: null, delegateUntil: null });
  });
});
