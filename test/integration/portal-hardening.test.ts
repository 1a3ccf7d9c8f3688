// What the first round of the portal left open: the daily limit holds when requests arrive at the
// same moment; a resident's unread messages are the agency's messages since they last opened the
// ticket (a staff preview marks nothing); and every /api/v1/portal route is closed to a caller
// without a session and, when it changes anything, to a staff preview.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { organizations, tickets } from '../../src/db/schema/index.ts';
import { DEMO_SLUG } from '../../src/demo/demo-agency.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;
let nadia: string;

const inject = (cookie: string | undefined, method: string, url: string, payload?: unknown) =>
  t.app.inject({ method: method as 'GET', url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

async function setSettings(patch: Record<string, unknown>) {
  const [org] = await t.ctx.db.select().from(organizations).where(eq(organizations.slug, DEMO_SLUG));
  await t.ctx.db.update(organizations).set({ settings: { ...org!.settings, ...patch } }).where(eq(organizations.id, org!.id));
}

const later = (minutes: number) => {
  t.clock.current = new Date(t.clock.current.getTime() + minutes * 60_000);
};

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'portal-hardening', days: 30 });
  manager = `Bearer ${token.json().token}`;
  refs = await demoRefs(t, manager);
  nadia = await portalSession(t, refs.person('P-003').id);
});
afterAll(async () => {
  await t?.close();
});

describe('the daily request limit under concurrent requests', () => {
  it('with a limit of 3, six requests sent at once create exactly 3 tickets; the other 3 are 429 daily_request_limit', async () => {
    await setSettings({ portalRequestsPerDay: 3 });
    const propertyId = refs.property('COP-001').id;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => inject(nadia, 'POST', '/api/v1/portal/tickets', { place: { propertyId }, description: `Demande simultanée ${i + 1}` })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 201, 201, 429, 429, 429]);
    for (const refused of answers.filter((a) => a.statusCode === 429)) expect(refused.json().error.code).toBe('daily_request_limit');
    const filed = await t.ctx.db.select().from(tickets).where(eq(tickets.requesterPersonId, refs.person('P-003').id));
    expect(filed.filter((row) => row.source === 'portal' && row.description.startsWith('Demande simultanée'))).toHaveLength(3);
    await setSettings({ portalRequestsPerDay: 5 });
  });
});

describe('unread messages are those after the resident last opened the ticket', () => {
  let number: number;
  let watcherId: string;
  const card = async (cookie: string) => ((await inject(cookie, 'GET', '/api/v1/portal/tickets')).json().items as { number: number; unreadMessages: number }[]).find((i) => i.number === number)!;

  beforeAll(async () => {
    t.clock.current = new Date('2026-12-02T08:00:00Z');
    nadia = await portalSession(t, refs.person('P-003').id);
    const filed = await inject(nadia, 'POST', '/api/v1/portal/tickets', { place: { unitId: refs.unit('COP-001', 'A01').id }, description: 'Le radiateur de la chambre reste froid.' });
    expect(filed.statusCode, filed.body).toBe(201);
    number = filed.json().number;
    watcherId = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json().watchers[0].id;
  });

  it('two messages from the agency are unread until the resident opens the ticket; a staff preview opening it changes nothing', async () => {
    later(5);
    await act(t, manager, number, { action: 'send_message', partyId: watcherId, body: 'Nous avons bien reçu votre demande.' });
    later(5);
    await act(t, manager, number, { action: 'send_message', partyId: watcherId, body: 'Un chauffagiste passera jeudi.' });
    expect((await card(nadia)).unreadMessages).toBe(2);

    later(5);
    const preview = await portalSession(t, refs.person('P-003').id, { preview: { userId: refs.user('manager@demo.gardien.test').id } });
    expect((await inject(preview, 'GET', `/api/v1/portal/tickets/${number}`)).statusCode).toBe(200);
    expect((await card(nadia)).unreadMessages).toBe(2);

    later(5);
    const page = await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().unreadMessages).toBe(2); // what was new when it was opened
    expect((await card(nadia)).unreadMessages).toBe(0);
    expect((await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`)).json().unreadMessages).toBe(0);
  });

  it('a later message from the agency is unread again, and only that one', async () => {
    later(30);
    await act(t, manager, number, { action: 'send_message', partyId: watcherId, body: 'Le rendez-vous est confirmé.' });
    expect((await card(nadia)).unreadMessages).toBe(1);
    later(5);
    await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`);
    expect((await card(nadia)).unreadMessages).toBe(0);
  });
});

describe('every /api/v1/portal route is closed to who may not use it', () => {
  // The routes a resident uses before having a session (sign-in, links, registration, reset).
  const PUBLIC = new Set([
    'POST /api/v1/portal/auth/login', 'POST /api/v1/portal/auth/link', 'POST /api/v1/portal/auth/enter', 'POST /api/v1/portal/auth/forgot',
    'POST /api/v1/portal/auth/reset', 'GET /api/v1/portal/auth/invitation', 'POST /api/v1/portal/auth/register', 'POST /api/v1/portal/auth/register-code',
  ]);
  // Ending a preview is the one change a preview makes: it signs its own session out.
  const PREVIEW_MAY = new Set(['POST /api/v1/portal/auth/logout']);
  let number: number;

  const portalRoutes = () => t.app.apiRoutes.filter((r) => r.url.startsWith('/api/v1/portal/'));
  const urlOf = (url: string) => url.replace(':number', String(number)).replace(':id', '00000000-0000-4000-8000-000000000000');

  beforeAll(async () => {
    number = ((await inject(nadia, 'GET', '/api/v1/portal/tickets')).json().items as { number: number }[])[0]!.number;
  });

  it('lists the portal’s routes, the public ones among them', () => {
    const keys = portalRoutes().map((r) => `${r.method} ${r.url}`);
    expect(keys.length).toBeGreaterThan(PUBLIC.size + 8);
    for (const key of PUBLIC) expect(keys).toContain(key);
    // The multipart routes (registered in a scope of their own) are walked too.
    for (const key of ['POST /api/v1/portal/tickets', 'POST /api/v1/portal/tickets/:number/messages', 'POST /api/v1/portal/tickets/:number/feedback', 'PATCH /api/v1/portal/me']) expect(keys).toContain(key);
  });

  it('without a session every route but the public ones answers 401 unauthenticated', async () => {
    for (const route of portalRoutes()) {
      if (PUBLIC.has(`${route.method} ${route.url}`)) continue;
      const answer = await inject(undefined, route.method, urlOf(route.url), route.method === 'GET' ? undefined : {});
      expect([`${route.method} ${route.url}`, answer.statusCode, answer.json().error?.code]).toEqual([`${route.method} ${route.url}`, 401, 'unauthenticated']);
    }
  });

  it('in a staff preview every change answers 403 preview_read_only, and every read is let through', async () => {
    const preview = await portalSession(t, refs.person('P-003').id, { preview: { userId: refs.user('manager@demo.gardien.test').id } });
    const before = await t.ctx.db.select().from(tickets).where(eq(tickets.number, number));
    for (const route of portalRoutes()) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC.has(key) || PREVIEW_MAY.has(key)) continue;
      if (route.method === 'GET') {
        const answer = await inject(preview, 'GET', urlOf(route.url));
        expect([key, answer.statusCode]).not.toEqual([key, 401]);
        expect([key, answer.statusCode]).not.toEqual([key, 403]);
        continue;
      }
      const answer = await inject(preview, route.method, urlOf(route.url), { body: 'Depuis l’aperçu', description: 'Depuis l’aperçu' });
      expect([key, answer.statusCode, answer.json().error?.code]).toEqual([key, 403, 'preview_read_only']);
    }
    const after = await t.ctx.db.select().from(tickets).where(eq(tickets.number, number));
    expect(after[0]!.updatedAt).toEqual(before[0]!.updatedAt);
  });

  it('a staff preview may end itself: signing out of it ends that session only', async () => {
    const preview = await portalSession(t, refs.person('P-003').id, { preview: { userId: refs.user('manager@demo.gardien.test').id } });
    const out = await inject(preview, 'POST', '/api/v1/portal/auth/logout', {});
    expect(out.statusCode, out.body).toBeLessThan(300);
    expect((await inject(preview, 'GET', '/api/v1/portal/me')).statusCode).toBe(401);
    expect((await inject(nadia, 'GET', '/api/v1/portal/me')).statusCode).toBe(200);
  });
});
