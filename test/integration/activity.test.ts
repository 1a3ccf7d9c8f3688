// The activity (DOMAIN.md §14): tickets placed on the test clock in weeks and months of the
// agency's time zone (Europe/Paris, UTC+1 in winter), first responses at known delays (a ticket
// entered by staff is answered as it is created: its delay is from `requestedAt`), resolutions and
// feedback; every figure against numbers computed by hand, the filters, the CSV and the XLSX read
// back, bad inputs and who may not read it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { residentCookie } from '../support/portal-session.ts';
import { unzip } from '../support/unzip.ts';
import { tickets } from '../../src/db/schema/index.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { createUser } from '../../src/masterdata/users.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;
let category: (name: string) => string;
const HELENE = { email: 'helene.rousseau@example.test' };
const PERIOD = 'from=2030-01-01&to=2030-02-28';

const at = (iso: string) => {
  t.clock.current = new Date(iso);
};

/** A ticket entered by the manager at `created`, received at `requested`. */
async function entered(created: string, requested: string, fields: { source: string; property: string; category?: string; requester?: boolean }) {
  at(created);
  const response = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property(fields.property).id, subject: `Demande du ${created}`, source: fields.source, requestedAt: requested,
    ...(fields.category ? { categoryId: category(fields.category) } : {}),
    ...(fields.requester ? { requester: { personId: refs.person('P-001').id }, visibility: 'council', unitId: refs.unit('COP-001', 'A11').id } : {}),
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { number: number; id: string };
}

async function feedback(number: number, rating: string) {
  const cookie = await residentCookie(t, refs.person('P-001'), HELENE);
  const given = await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${number}/feedback`, headers: { cookie }, payload: { rating } });
  expect(given.statusCode, given.body).toBe(201);
}

const activity = async (query: string) => {
  const response = await t.call(manager, 'GET', `/api/v1/reports/activity?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  at('2030-01-06T08:00:00Z');
  // A token outlives the clock's moves (a session would not).
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'activity', days: 365 });
  manager = `Bearer ${token.json().token}`;
  refs = await demoRefs(t, manager);
  const categories = (await t.call(manager, 'GET', '/api/v1/categories?limit=200')).json().items as { id: string; name: string }[];
  category = (name) => categories.find((c) => c.name === name)!.id;
  const admin = await t.login('admin@demo.gardien.test');
  expect((await t.call(admin, 'PATCH', '/api/v1/settings', { portalShowsTickets: true })).statusCode).toBe(200);

  // T1 — Monday 7 January 09:00 Paris; answered 3 h after it came; resolved 27 h after; "good".
  const t1 = await entered('2030-01-07T08:00:00Z', '2030-01-07T05:00:00Z', { source: 'phone', property: 'COP-001', category: 'Chauffage', requester: true });
  at('2030-01-08T08:00:00Z');
  await act(t, manager, t1.number, { action: 'mark_resolved' });
  await feedback(t1.number, 'good');
  // T2 — Sunday 13 January 23:30 UTC is Monday 14 00:30 in Paris: the week of the 14th. Answered
  // 30 h after it came (past the 24 h target); closed 198 h after it came.
  const t2 = await entered('2030-01-13T23:30:00Z', '2030-01-12T17:30:00Z', { source: 'email', property: 'COP-001', category: 'Ascenseur en panne' });
  at('2030-01-20T23:30:00Z');
  await act(t, manager, t2.number, { action: 'close' });
  // T3 — 31 January 23:30 UTC is 1 February in Paris: February's, the week of 28 January. 1 h.
  await entered('2030-01-31T23:30:00Z', '2030-01-31T22:30:00Z', { source: 'phone', property: 'COP-002', category: 'Chauffage' });
  // T4 — Tuesday 12 February; 10 h; resolved 58 h after it came; "fair".
  const t4 = await entered('2030-02-12T10:00:00Z', '2030-02-12T00:00:00Z', { source: 'email', property: 'COP-001', requester: true });
  at('2030-02-14T10:00:00Z');
  await act(t, manager, t4.number, { action: 'mark_resolved' });
  await feedback(t4.number, 'fair');
  // T5 — a resident's request on the portal, 20 February: no first response yet (due the 21st).
  at('2030-02-20T09:00:00Z');
  const filed = await t.app.inject({
    method: 'POST', url: '/api/v1/portal/tickets', headers: { cookie: await residentCookie(t, refs.person('P-001'), HELENE) },
    payload: { place: { unitId: refs.unit('COP-001', 'A11').id }, description: 'La porte du local vélos ne ferme plus.' },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  // T6 — a duplicate linked to T1's incident (the link itself is the incidents' feature): not counted.
  const t6 = await entered('2030-02-20T10:00:00Z', '2030-02-20T10:00:00Z', { source: 'phone', property: 'COP-001' });
  await t.ctx.db.update(tickets).set({ incidentId: t1.id }).where(eq(tickets.id, t6.id));
  // T7 — March: outside the period. T8 — March too, on a rented building the assistant does not assist.
  await entered('2030-03-05T10:00:00Z', '2030-03-05T09:00:00Z', { source: 'phone', property: 'COP-001' });
  await entered('2030-03-06T10:00:00Z', '2030-03-06T09:00:00Z', { source: 'phone', property: 'GER-010' });
  at('2030-03-10T10:00:00Z');
});
afterAll(() => t?.close());

describe('the activity over January and February 2030', () => {
  it('counts tickets per month and per week (Monday, Paris time), broken down by source, duplicates left out', async () => {
    const months = await activity(`grain=month&by=source&${PERIOD}`);
    expect(months.total).toBe(5);
    expect(months.period).toEqual({ from: '2030-01-01', to: '2030-02-28', timeZone: 'Europe/Paris' });
    expect(months.series.map((s: { period: string; total: number }) => [s.period, s.total])).toEqual([['2030-01-01', 2], ['2030-02-01', 3]]);
    expect(months.series[1].counts).toEqual(expect.arrayContaining([{ key: 'phone', count: 1 }, { key: 'email', count: 1 }, { key: 'portal', count: 1 }]));
    expect(months.breakdown.map((b: { key: string; count: number }) => [b.key, b.count]).sort()).toEqual([['email', 2], ['phone', 2], ['portal', 1]]);

    const weeks = await activity(`grain=week&by=source&${PERIOD}`);
    expect(weeks.series.map((s: { period: string; total: number }) => [s.period, s.total])).toEqual([
      ['2029-12-31', 0], ['2030-01-07', 1], ['2030-01-14', 1], ['2030-01-21', 0], ['2030-01-28', 1],
      ['2030-02-04', 0], ['2030-02-11', 1], ['2030-02-18', 1], ['2030-02-25', 0],
    ]);
  });

  it('breaks down by property and category with their names, "none" as a null key', async () => {
    const byProperty = await activity(`by=property&${PERIOD}`);
    expect(byProperty.breakdown).toEqual([
      { key: refs.property('COP-001').id, label: refs.property('COP-001').name, count: 4 },
      { key: refs.property('COP-002').id, label: refs.property('COP-002').name, count: 1 },
    ]);
    const byCategory = await activity(`by=category&${PERIOD}`);
    expect(byCategory.breakdown.map((b: { label: string | null; count: number }) => [b.label, b.count])).toEqual([[null, 2], ['Chauffage', 2], ['Ascenseur en panne', 1]].sort((a, b) => Number(b[1]) - Number(a[1]) || String(a[0] ?? null).localeCompare(String(b[0] ?? null))));
  });

  it('gives first-response and resolution times (median, P90), the share within target, tickets without response, feedback', async () => {
    const figures = await activity(PERIOD);
    // Responses 1 h, 3 h, 10 h, 30 h: median (3 + 10) / 2 = 6.5 h; P90 at 2.7 of 0..3 = 10 + 0.7 × 20 = 24 h.
    expect(figures.firstResponse).toEqual({
      responded: 4, medianSeconds: 6.5 * 3600, p90Seconds: 24 * 3600, withinTarget: 3, withinTargetShare: 0.75, withoutResponse: 1, withoutResponseOverdue: 1,
    });
    // Resolutions 27 h, 58 h, 198 h: median 58 h; P90 at 1.8 of 0..2 = 58 + 0.8 × 140 = 170 h.
    expect(figures.resolution).toEqual({ resolved: 3, medianSeconds: 58 * 3600, p90Seconds: 170 * 3600 });
    expect(figures.feedback).toEqual({ good: 1, fair: 1, bad: 0, given: 2, resolved: 3, share: 0.6667 });
  });

  it('filters by source, property, category, status and assignee', async () => {
    expect((await activity(`source=email&${PERIOD}`)).total).toBe(2);
    expect((await activity(`propertyId=${refs.property('COP-002').id}&${PERIOD}`)).total).toBe(1);
    const heating = await activity(`categoryId=${category('Chauffage')}&${PERIOD}`);
    expect([heating.total, heating.firstResponse.responded, heating.firstResponse.medianSeconds]).toEqual([2, 2, 2 * 3600]);
    expect((await activity(`status=closed&${PERIOD}`)).total).toBe(1);
    const manager_ = refs.user('manager@demo.gardien.test');
    const mine = await activity(`by=assignee&assigneeId=${manager_.id}&${PERIOD}`);
    expect(mine.breakdown.every((b: { key: string; label: string }) => b.key === manager_.id && b.label === manager_.name)).toBe(true);
  });
});

describe('the exports', () => {
  it('writes the CSV: UTF-8 with a BOM, ";" between cells, the four tables with French headers', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/reports/activity.csv?grain=month&by=source&${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(response.rawPayload, { bom: true, delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows[0]).toEqual(['Série']);
    expect(rows[1]).toEqual(['Période (début)', 'Origine (Code)', 'Origine', 'Tickets']);
    expect(rows).toContainEqual(['2030-02-01', 'portal', 'Extranet', '1']);
    expect(rows).toContainEqual(['Première réponse, médiane (heures)', '6,5']);
    expect(rows).toContainEqual(['Part dans le délai cible', '0,75']);
    expect(rows).toContainEqual(['Bien', '1']);
  });

  it('writes the XLSX: one sheet per table, numbers as numbers', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/reports/activity.xlsx?by=property&${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = await unzip(response.rawPayload);
    const workbook = files.get('xl/workbook.xml')!.toString();
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Série', 'Répartition', 'Délais', 'Avis']);
    const strings = [...(files.get('xl/sharedStrings.xml')?.toString() ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const cells = (sheet: number) =>
      [...files.get(`xl/worksheets/sheet${sheet}.xml`)!.toString().matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)<\/c>/g)]
        .map((m): [string, string | number | undefined] => [m[1]!, m[2]!.includes('t="s"') ? strings[Number(m[3])] : (m[4] ?? Number(m[3]))]);
    const breakdown = new Map(cells(2));
    expect([breakdown.get('B2'), breakdown.get('C2'), breakdown.get('B3'), breakdown.get('C3')]).toEqual([refs.property('COP-001').name, 4, refs.property('COP-002').name, 1]);
    const times = new Map(cells(3));
    expect([times.get('A2'), times.get('B2'), times.get('B3'), times.get('B4')]).toEqual(['Tickets avec une première réponse', 4, 6.5, 24]);
  });
});

describe('bad input and access', () => {
  it.each([
    ['grain=day&' + PERIOD, 400, 'validation_failed'],
    ['by=colour&' + PERIOD, 400, 'validation_failed'],
    ['from=2030-02-30&to=2030-03-01', 400, 'invalid_date'],
    ['from=01/01/2030&to=2030-03-01', 400, 'invalid_date'],
    ['from=2030-03-01&to=2030-01-01', 422, 'invalid_period'],
    ['from=2020-01-01&to=2030-01-01', 400, 'period_too_long'],
    [`propertyId=00000000-0000-4000-8000-000000000000&${PERIOD}`, 422, 'unknown_reference'],
    [`assigneeId=00000000-0000-4000-8000-000000000000&${PERIOD}`, 422, 'unknown_reference'],
    ['to=2030-01-01', 400, 'validation_failed'],
  ])('%s → %i %s', async (query, status, code) => {
    for (const path of ['activity', 'activity.csv', 'activity.xlsx']) {
      const response = await t.call(manager, 'GET', `/api/v1/reports/${path}?${query}`);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
  });

  it("counts for an assistant only the tickets of the properties they assist (the list's scope)", async () => {
    const assistant = await t.login('assistant@demo.gardien.test');
    const march = 'from=2030-01-01&to=2030-03-31&by=property';
    const theirs = (await t.call(assistant, 'GET', `/api/v1/reports/activity?${march}`)).json();
    expect((await activity(march)).total).toBe(7);
    expect(theirs.total).toBe(6);
    expect(theirs.breakdown.map((b: { key: string }) => b.key)).not.toContain(refs.property('GER-010').id);
  });

  it('answers 403 to an external agent', async () => {
    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    await createUser(t.ctx, organizationId, { email: 'externe@demo.gardien.test', name: 'Agent Externe', roles: ['external_agent'], password: 'external-agent-pw-1' });
    const agent = await t.login('externe@demo.gardien.test', 'external-agent-pw-1');
    const response = await t.call(agent, 'GET', `/api/v1/reports/activity?${PERIOD}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});
