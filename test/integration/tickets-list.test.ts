// The ticket list: scopes, "mine" with delegation, filters, French search without accents,
// newest change first, keyset pages, bulk reassignment; and numbering under concurrency.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';

let t: TestApp;
let manager: string;
let assistant: string;
let refs: DemoRefs;
const made: Record<string, number> = {};

async function create(key: string, body: Record<string, unknown>, who = manager) {
  const response = await t.call(who, 'POST', '/api/v1/tickets', body);
  expect(response.statusCode, response.body).toBe(201);
  made[key] = response.json().number;
  return response.json();
}

async function list(query: string, who = manager) {
  const response = await t.call(who, 'GET', `/api/v1/tickets?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { number: number; subject: string; contractors: string[]; property: { name: string } }[]; nextCursor: string | null };
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  assistant = await t.login('assistant@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const tilleuls = refs.property('COP-001').id;
  const voltaire = refs.property('GER-010').id;
  await create('leak', { type: 'ODS', propertyId: tilleuls, unitId: refs.unit('COP-001', 'A11').id, subject: 'Fuite d\u2019eau au plafond', description: 'Infiltration par la salle de bains du dessus', contractors: [{ contractorId: refs.contractor('F-001').id }] });
  await create('heating', { type: 'DS', propertyId: voltaire, unitId: refs.unit('GER-010', 'V1D').id, subject: 'Chaudière en panne', description: 'Plus de chauffage ni d\u2019eau chaude', contractors: [{ contractorId: refs.contractor('F-003').id }] });
  await create('lift', { type: 'ODS', propertyId: tilleuls, subject: 'Ascenseur bloqué au 2e étage', assigneeId: refs.user('assistant@demo.gardien.test').id, contractors: [{ contractorId: refs.contractor('F-005').id }] });
  await create('pending', { type: 'PENDING', propertyId: voltaire, subject: 'Électricité coupée dans l\u2019entrée', source: 'email', requester: { name: 'Inconnu', emails: ['inconnu@example.org'] } });
  t.clock.current = new Date(t.clock.current.getTime() + 60_000);
  await act(t, manager, made.leak!, { action: 'internal_note', body: '<p>Prévenir la gardienne</p>' });
});
afterAll(() => t?.close());

describe('the list', () => {
  it('when nothing is asked, then open tickets come newest change first', async () => {
    const numbers = (await list('')).items.map((i) => i.number);
    expect(numbers[0]).toBe(made.leak);
    expect(numbers).toEqual(expect.arrayContaining([made.leak, made.heating, made.lift, made.pending]));
  });

  it('when "mine" is on, then only my tickets show, and those of a colleague who delegated to me', async () => {
    const mine = (await list('mine=true')).items.map((i) => i.number);
    expect(mine).toContain(made.leak);
    expect(mine).not.toContain(made.lift);
    const assistantMine = (await list('mine=true', assistant)).items.map((i) => i.number);
    expect(assistantMine).toEqual([made.lift]);
    const admin = await t.login('admin@demo.gardien.test');
    await t.call(admin, 'PATCH', `/api/v1/users/${refs.user('manager@demo.gardien.test').id}`, {
      delegateUserId: refs.user('assistant@demo.gardien.test').id, delegateUntil: new Date(t.clock.current.getTime() + 30 * 60_000).toISOString(),
    });
    const delegated = (await list('mine=true', assistant)).items.map((i) => i.number);
    expect(delegated).toEqual(expect.arrayContaining([made.lift, made.leak, made.heating]));
    // The delegation ends: the manager's tickets stop showing (sessions stay well within their idle time).
    t.clock.current = new Date(t.clock.current.getTime() + 31 * 60_000);
    expect((await list('mine=true', assistant)).items.map((i) => i.number)).toEqual([made.lift]);
  });

  it('when searching in French without accents or with other word forms, then the ticket is found', async () => {
    expect((await list('q=electricite')).items.map((i) => i.number)).toEqual([made.pending]);
    expect((await list('q=fuites')).items.map((i) => i.number)).toEqual([made.leak]);
    expect((await list('q=chaudiere')).items.map((i) => i.number)).toEqual([made.heating]);
    expect((await list('q=Voltaire chaud')).items.map((i) => i.number)).toEqual([made.heating]);
    expect((await list('q=dupuis')).items.map((i) => i.number)).toEqual([made.leak]);
    expect((await list('q=V1D')).items.map((i) => i.number)).toEqual([made.heating]);
    expect((await list(`q=${made.lift}`)).items.map((i) => i.number)).toContain(made.lift);
    // The unit's owner is searchable too (gérance).
    expect((await list('q=durand')).items.map((i) => i.number)).toEqual([made.heating]);
    expect((await list('q=zzzz')).items).toEqual([]);
  });

  it('when searching, then only the agency\u2019s own tickets are found, and stop words alone find nothing', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await list('scope=all&q=fuites', other)).items).toEqual([]);
    expect((await list('scope=all&q=fuite', other)).items).toEqual([]);
    expect((await list('scope=all&q=le%20de')).items).toEqual([]);
  });

  it('when the vectors stored before agency tags are migrated, then their tickets are found again', async () => {
    // A vector as the earlier code wrote it: French words without the agency's tag.
    await t.ctx.db.execute(sql`update tickets set search = to_tsvector('french', 'fuite d''eau au plafond infiltration') where number = ${made.leak!} and organization_id = (select organization_id from users where email = 'manager@demo.gardien.test')`);
    expect((await list('scope=all&q=fuites')).items).toEqual([]);
    const migration = readFileSync(fileURLToPath(new URL('../../src/db/migrations/0007_search_agency_tag.sql', import.meta.url)), 'utf8');
    await t.ctx.db.execute(sql.raw(migration));
    expect((await list('scope=all&q=fuites')).items.map((i) => i.number)).toEqual([made.leak]);
    expect((await list('scope=all&q=plaf')).items.map((i) => i.number)).toEqual([made.leak]);
    // Run twice, it changes nothing.
    await t.ctx.db.execute(sql.raw(migration));
    expect((await list('scope=all&q=fuites')).items.map((i) => i.number)).toEqual([made.leak]);
  });

  it('when listed, then each row says what the ticket page says', async () => {
    const items = (await t.call(manager, 'GET', '/api/v1/tickets?scope=all&limit=200')).json().items as Record<string, unknown>[];
    for (const key of ['leak', 'heating', 'lift', 'pending'] as const) {
      const row = items.find((i) => i.number === made[key])!;
      const page = (await t.call(manager, 'GET', `/api/v1/tickets/${made[key]}`)).json();
      expect(row).toEqual({
        number: page.number, type: page.type, status: page.status, statusKind: page.statusKind, needsAction: page.needsAction,
        waitingOn: page.waitingOn, subject: page.subject, source: page.source, amountCents: page.amountCents, unreadCount: page.unreadCount,
        ageColour: page.ageColour, firstResponse: page.firstResponse, firstResponseDueAt: page.firstResponseDueAt,
        createdAt: page.createdAt, updatedAt: page.updatedAt, closedAt: page.closedAt,
        descriptionExcerpt: page.description.slice(0, 300),
        property: { id: page.property.id, name: page.property.name },
        unitReference: page.unit?.reference ?? null,
        contractors: page.dispatches.filter((d: { state: string }) => !['cancelled', 'not_retained'].includes(d.state)).map((d: { contractorName: string }) => d.contractorName),
        assignee: page.assignee,
        // A pending request's photos (none here: these were typed in).
        photoCount: page.type === 'PENDING' ? page.documents.filter((d: { kind: string }) => d.kind === 'photo').length : 0,
        photos: [],
        // An incident's count of reports; a report's incident (none of these is either).
        incidentReportCount: page.incidentReportCount,
        incidentNumber: page.incident?.number ?? null,
      });
    }
    expect(items.find((i) => i.number === made.leak)!.contractors).toHaveLength(1);
  });

  it('when filtering, then each filter narrows the list', async () => {
    expect((await list('type=PENDING')).items.map((i) => i.number)).toEqual([made.pending]);
    expect((await list(`propertyId=${refs.property('GER-010').id}`)).items.map((i) => i.number).sort()).toEqual([made.heating, made.pending].sort());
    expect((await list(`contractorId=${refs.contractor('F-005').id}`)).items.map((i) => i.number)).toEqual([made.lift]);
    expect((await list('status=quote_awaiting')).items.map((i) => i.number)).toEqual([made.heating]);
    expect((await list('source=email')).items.map((i) => i.number)).toEqual([made.pending]);
    expect((await list('needsAction=true')).items.map((i) => i.number)).toEqual([made.pending]);
    expect((await list(`assigneeId=${refs.user('assistant@demo.gardien.test').id}`)).items.map((i) => i.number)).toEqual([made.lift]);
    const bad = await t.call(manager, 'GET', '/api/v1/tickets?status=nonsense');
    expect(bad.statusCode).toBe(400);
  });

  it('when a ticket is closed, then it leaves the open scope and shows under closed and all', async () => {
    await act(t, manager, made.lift!, { action: 'close' });
    expect((await list('')).items.map((i) => i.number)).not.toContain(made.lift);
    expect((await list('scope=closed')).items.map((i) => i.number)).toEqual([made.lift]);
    expect((await list('scope=all')).items.map((i) => i.number)).toContain(made.lift);
  });

  it('when reading page by page, then every ticket comes once in the same order', async () => {
    const all = (await list('scope=all&limit=200')).items.map((i) => i.number);
    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`scope=all&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items.map((i) => i.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('when tickets are handed to a colleague in bulk, then they are reassigned and a closed one is reported', async () => {
    const assistantId = refs.user('assistant@demo.gardien.test').id;
    const response = await t.call(manager, 'POST', '/api/v1/tickets/reassign', { numbers: [made.leak, made.heating, made.lift], assigneeId: assistantId });
    expect(response.statusCode).toBe(200);
    expect(response.json().reassigned.sort()).toEqual([made.leak, made.heating].sort());
    expect(response.json().failed).toEqual([expect.objectContaining({ number: made.lift, code: 'action_not_available' })]);
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${made.leak}`)).json().assignee.name).toBe('Julien Bernard');
  });

  it('when another agency lists or opens these tickets, then it sees nothing of them', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await list('scope=all', other)).items).toEqual([]);
    expect((await t.call(other, 'GET', `/api/v1/tickets/${made.leak}`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', `/api/v1/tickets/${made.leak}/events`)).statusCode).toBe(404);
    const action = await t.call(other, 'POST', `/api/v1/tickets/${made.leak}/actions`, { action: 'close' });
    expect(action.statusCode).toBe(404);
    const created = await t.call(other, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'x', contractors: [{ name: 'X', emails: ['x@example.fr'] }] });
    expect(created.statusCode).toBe(422);
  });
});

describe('numbering', () => {
  it('when many tickets are created at once, then numbers follow each other without gap or repeat', async () => {
    const before = (await list('scope=all&limit=200')).items.map((i) => i.number);
    const max = Math.max(...before);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: refs.property('COP-002').id, subject: `Demande ${i}` }),
      ),
    );
    const numbers = results.map((r) => r.json().number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => max + 1 + i));
  });

  it('when a creation fails, then its number is not used up', async () => {
    const max = Math.max(...(await list('scope=all&limit=200')).items.map((i) => i.number));
    const bad = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('COP-002').id, subject: 'x', contractors: [{ name: 'Sans email', channels: ['email'] }] });
    expect(bad.statusCode).toBe(400);
    const good = await create('after', { type: 'PENDING', propertyId: refs.property('COP-002').id, subject: 'Suivante' });
    expect(good.number).toBe(max + 1);
  });
});

describe('search pages', () => {
  it('when a search finds more than a page, then its pages follow the list\u2019s order without gap or repeat', async () => {
    // The 12 requests "Demande 0" … "Demande 11" created above, and nothing else says "demande".
    const all = (await list('scope=all&limit=200')).items.filter((i) => /^Demande \d+$/.test(i.subject)).map((i) => i.number);
    expect(all).toHaveLength(12);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`scope=all&q=demande&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
