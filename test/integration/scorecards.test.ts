// Contractors' scorecards: a new contractor's dispatches worked through the API at known times on
// the test clock (accepted after 2 h and 6 h, one refused, quotes sent — one retained, one not —,
// reminders by the automation, a check-in on time and one late, invoices, the requester's
// feedback through the portal), every figure checked against the numbers worked out by hand; the
// period; the batch endpoint for the picker; who may ask; bad input.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { residentCookie } from '../support/portal-session.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { calendarDay } from '../../src/domain/time-zone.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;
let contractorId: string;
let base: Date;
let firstDay: string;

const at = (hours: number) => new Date(base.getTime() + hours * HOUR);
const iso = (hours: number) => at(hours).toISOString();

/** Moves the clock forward to `hours` after the start; staff sign in again (sessions do not outlive days). */
async function moveTo(hours: number) {
  t.clock.current = at(hours);
  manager = await t.login('manager@demo.gardien.test');
}

/** A ticket for Hélène Rousseau (P-001, on her unit, the council sees it) sent to the contractors given. */
async function ticket(type: 'ODS' | 'DS', contractors: string[], extra: Record<string, unknown> = {}) {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type, propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject: `Scorecard ${type}`, description: 'Pour la fiche',
    requester: { personId: refs.person('P-001').id }, visibility: 'council',
    contractors: contractors.map((id) => ({ contractorId: id, channels: ['email'] })), ...extra,
  });
  expect(created.statusCode, created.body).toBe(201);
  const answer = created.json() as { number: number; dispatches: { id: string; contractorId: string | null }[] };
  return { n: answer.number, d: answer.dispatches.find((d) => d.contractorId === contractors[0])!.id, all: answer.dispatches };
}

const scorecard = (cookie: string, id: string, query = '') => t.call(cookie, 'GET', `/api/v1/contractors/${id}/scorecard${query}`);

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  // 07:00 UTC the next day: every dispatch below is sent on one calendar day in Paris.
  base = new Date(Math.ceil(t.clock.now().getTime() / DAY) * DAY + 7 * HOUR);
  t.clock.current = base;
  firstDay = calendarDay(base, 'Europe/Paris');
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  expect((await t.call(admin, 'PATCH', '/api/v1/settings', { portalShowsTickets: true })).statusCode).toBe(200);
  const made = await t.call(admin, 'POST', '/api/v1/contractors', { name: 'Ascenseurs Fiche', trades: ['elevator'], emails: ['fiche@ascenseurs.example.test'] });
  expect(made.statusCode, made.body).toBe(201);
  contractorId = made.json().id;

  const hourly = { reminders: { workOrder: { every: 1, unit: 'hours', max: 3 } } };
  const a = await ticket('ODS', [contractorId], hourly); // accepted after 2 h, on time, invoiced, rated good
  const b = await ticket('ODS', [contractorId], hourly); // accepted after 6 h, late, invoiced, rated bad
  const c = await ticket('ODS', [contractorId]); // refused
  const d = await ticket('DS', [contractorId]); // quote after 4 h, retained
  const e = await ticket('DS', [contractorId, refs.contractor('F-002').id]); // quote after 5 h, not retained

  await moveTo(1);
  await runAutomation(t.ctx); // a's and b's first reminders
  await act(t, manager, c.n, { action: 'enter_refusal', dispatchId: c.d, reason: 'Pas disponible' });
  await moveTo(2);
  await act(t, manager, a.n, { action: 'enter_acceptance', dispatchId: a.d, startsAt: iso(26), durationMinutes: 60 });
  await act(t, manager, a.n, { action: 'validate_appointment', dispatchId: a.d });
  await moveTo(3);
  await runAutomation(t.ctx); // b's second reminder; a is accepted
  await moveTo(4);
  await act(t, manager, d.n, { action: 'enter_quote', dispatchId: d.d, amountCents: 120_000 });
  await act(t, manager, d.n, { action: 'accept_quote', dispatchId: d.d });
  await moveTo(5);
  await act(t, manager, e.n, { action: 'enter_quote', dispatchId: e.d, amountCents: 90_000 });
  const other = e.all.find((x) => x.id !== e.d)!.id;
  await act(t, manager, e.n, { action: 'enter_quote', dispatchId: other, amountCents: 80_000 });
  await act(t, manager, e.n, { action: 'accept_quote', dispatchId: other });
  await moveTo(6);
  await act(t, manager, b.n, { action: 'enter_acceptance', dispatchId: b.d, startsAt: iso(30), durationMinutes: 60 });
  await act(t, manager, b.n, { action: 'validate_appointment', dispatchId: b.d });
  await moveTo(25 + 50 / 60);
  await act(t, manager, a.n, { action: 'enter_presence', dispatchId: a.d, presence: 'on_site' }); // 10 minutes early
  await moveTo(27);
  await act(t, manager, a.n, { action: 'enter_completion', dispatchId: a.d, invoice: { amountCents: 30_000 } });
  await moveTo(30 + 5 / 60);
  await act(t, manager, b.n, { action: 'enter_presence', dispatchId: b.d, presence: 'late', startsAt: iso(31) });
  await moveTo(33);
  await act(t, manager, b.n, { action: 'enter_completion', dispatchId: b.d, invoice: { amountCents: 50_000 } });
  const helene = await residentCookie(t, refs.person('P-001'), { email: 'helene.rousseau@example.test' });
  for (const [n, rating] of [[a.n, 'good'], [b.n, 'bad']] as const) {
    const given = await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${n}/feedback`, headers: { cookie: helene }, payload: { rating } });
    expect(given.statusCode, given.body).toBe(201);
  }
  // Two days later, one more work order: outside a period of the first day only.
  await moveTo(48);
  await ticket('ODS', [contractorId]);
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(() => t?.close());

describe("a contractor's scorecard", () => {
  it('when the manager reads the first day, then every figure is the one worked out by hand', async () => {
    const response = await scorecard(manager, contractorId, `?from=${firstDay}&to=${firstDay}`);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer.period).toEqual({ from: firstDay, to: firstDay });
    expect(answer.currency).toBe('EUR');
    expect(answer.scorecard).toEqual({
      contractor: { id: contractorId, name: 'Ascenseurs Fiche' },
      dispatches: { total: 5, workOrders: 3, quoteRequests: 2 },
      // a, b, d and e: four of five; c refused.
      accepted: { count: 4, share: 0.8 },
      medianSeconds: {
        toAccept: 4.5 * 3600, // 2 h, 4 h, 5 h, 6 h
        toAppointment: 28.5 * 3600, // a at 26 h, b at 31 h (moved when late)
        toCompletion: 30 * 3600, // 27 h and 33 h
      },
      remindersPerDispatch: 3 / 5, // a once, b twice
      checkIns: { recorded: 2, onTime: 1, onTimeShare: 0.5 },
      quotes: { sent: 2, retained: 1 },
      invoiced: { count: 2, amountCents: 80_000 },
      feedback: { good: 1, fair: 0, bad: 1 },
    });
  });

  it('when no period is given, then it is the last twelve months and holds the later dispatch; a later period holds nothing', async () => {
    const all = (await scorecard(manager, contractorId)).json();
    expect(all.period.to).toBe(calendarDay(t.clock.now(), 'Europe/Paris'));
    expect(all.scorecard.dispatches).toEqual({ total: 6, workOrders: 4, quoteRequests: 2 });
    expect(all.scorecard.accepted.share).toBeCloseTo(4 / 6);
    expect(all.scorecard.remindersPerDispatch).toBe(0.5);

    const later = calendarDay(new Date(t.clock.now().getTime() + 3 * DAY), 'Europe/Paris');
    const none = (await scorecard(manager, contractorId, `?from=${later}&to=${later}`)).json().scorecard;
    expect(none.dispatches.total).toBe(0);
    expect(none.accepted).toEqual({ count: 0, share: null });
    expect(none.medianSeconds).toEqual({ toAccept: null, toAppointment: null, toCompletion: null });
    expect(none.remindersPerDispatch).toBeNull();
    expect(none.feedback).toEqual({ good: 0, fair: 0, bad: 0 });
  });

  it('when the picker asks for several at once, then they come in the order asked, the same figures, unknown ids left out', async () => {
    const f002 = refs.contractor('F-002');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await t.call(manager, 'GET', `/api/v1/contractors/scorecards?ids=${contractorId},${unknown},${f002.id}&from=${firstDay}&to=${firstDay}`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { contractor: { id: string; name: string }; dispatches: { total: number }; quotes: { sent: number; retained: number } }[];
    expect(items.map((i) => i.contractor.id)).toEqual([contractorId, f002.id]);
    const single = (await scorecard(manager, contractorId, `?from=${firstDay}&to=${firstDay}`)).json().scorecard;
    expect(items[0]).toEqual(single);
    expect(items[1]!.contractor.name).toBe(f002.name);
    expect(items[1]!.quotes).toEqual({ sent: 1, retained: 1 }); // its quote on e was retained
  });

  it('when bad input comes, then 400 or 404 with a stable code', async () => {
    const cases: [string, number, string][] = [
      [`/api/v1/contractors/${contractorId}/scorecard?from=2026-13-01`, 400, 'invalid_scorecard_period'],
      [`/api/v1/contractors/${contractorId}/scorecard?from=2026-05-02&to=2026-05-01`, 400, 'invalid_scorecard_period'],
      [`/api/v1/contractors/${contractorId}/scorecard?from=2010-01-01&to=2026-01-01`, 400, 'invalid_scorecard_period'],
      ['/api/v1/contractors/00000000-0000-4000-8000-000000000000/scorecard', 404, 'not_found'],
      ['/api/v1/contractors/not-an-id/scorecard', 400, 'validation_failed'],
      ['/api/v1/contractors/scorecards?ids=nope', 400, 'invalid_contractor_ids'],
      ['/api/v1/contractors/scorecards?ids=,', 400, 'invalid_contractor_ids'],
      [`/api/v1/contractors/scorecards?ids=${Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',')}`, 400, 'too_many_contractors'],
    ];
    for (const [url, status, code] of cases) {
      const response = await t.call(manager, 'GET', url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message.length).toBeGreaterThan(10);
    }
  });

  it('when other roles ask, then reports:read reads the page, tickets:work the picker; an external agent sees only its own tickets', async () => {
    const demo = await findOrganizationBySlug(t.ctx.db, 'demo');
    const login = async (role: 'external_agent' | 'master_data_admin' | 'agent') => {
      const email = `${role}@scorecards.test`;
      await createUser(t.ctx, demo!.id, { email, name: `Role ${role}`, roles: [role], password: 'role-password-1' });
      return t.login(email, 'role-password-1');
    };
    const [external, dataAdmin, agent] = [await login('external_agent'), await login('master_data_admin'), await login('agent')];
    expect((await scorecard(external, contractorId)).statusCode).toBe(403);
    expect((await scorecard(dataAdmin, contractorId)).statusCode).toBe(403);
    expect((await scorecard(agent, contractorId)).json().scorecard.dispatches.total).toBe(6);
    expect((await t.call(dataAdmin, 'GET', `/api/v1/contractors/scorecards?ids=${contractorId}`)).statusCode).toBe(403);
    const seen = await t.call(external, 'GET', `/api/v1/contractors/scorecards?ids=${contractorId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().items[0].dispatches.total).toBe(0); // no ticket of theirs
    // Handed one ticket with the contractor, they see that dispatch only.
    const externalId = (await t.call(external, 'GET', '/api/v1/me')).json().user.id as string;
    await ticket('ODS', [contractorId], { assigneeId: externalId });
    const theirs = (await t.call(external, 'GET', `/api/v1/contractors/scorecards?ids=${contractorId}`)).json().items[0];
    expect(theirs.dispatches).toEqual({ total: 1, workOrders: 1, quoteRequests: 0 });
    expect((await scorecard(manager, contractorId)).json().scorecard.dispatches.total).toBe(7);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/contractors/${contractorId}/scorecard` });
    expect(anonymous.statusCode).toBe(401);
  });
});
