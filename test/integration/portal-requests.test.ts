// A resident files a request from the portal (photos judged by their bytes, the daily limit, the
// categories offered, only their own places), it arrives with the manager as a request to
// validate, assigned by the routing rules, the resident watching it; messages go both ways in
// the resident's thread; the council president decides a quote from the portal as through her
// link; and a quote above a gérance owner's mandate asks that owner's approval on its own.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { multipartBody, MULTIPART_TYPE } from '../support/uploads.ts';
import { PDF, PNG } from '../support/exchange.ts';
import { organizations, tickets } from '../../src/db/schema/index.ts';
import { DEMO_SLUG } from '../../src/demo/demo-agency.ts';

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;
let nadia: string;
let categoryId: string;
let otherCategoryId: string;

const inject = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });

function fileRequest(cookie: string, request: Record<string, unknown>, photos: { name: string; content: Buffer | string }[] = []) {
  return inject(cookie, 'POST', '/api/v1/portal/tickets', multipartBody([
    { field: 'request', content: JSON.stringify(request) },
    ...photos.map((p) => ({ field: 'photos', filename: p.name, type: 'image/png', content: p.content })),
  ]), { 'content-type': MULTIPART_TYPE });
}

async function setSettings(patch: Record<string, unknown>) {
  const [org] = await t.ctx.db.select().from(organizations).where(eq(organizations.slug, DEMO_SLUG));
  await t.ctx.db.update(organizations).set({ settings: { ...org!.settings, ...patch } }).where(eq(organizations.id, org!.id));
}

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'portal-requests', days: 30 });
  manager = `Bearer ${token.json().token}`;
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  nadia = await portalSession(t, refs.person('P-003').id);
  const category = await t.call(admin, 'POST', '/api/v1/categories', {
    name: 'Plomberie (portail)', fields: [{ key: 'piece', label: { fr: 'Pièce', en: 'Room' }, type: 'select', required: true, options: ['cuisine', 'salle de bain'] }],
  });
  expect(category.statusCode, category.body).toBe(201);
  categoryId = category.json().id;
  otherCategoryId = (await t.call(admin, 'POST', '/api/v1/categories', { name: 'Toiture (interne)', fields: [] })).json().id;
  await setSettings({ portalCategoryIds: [categoryId] });
});
afterAll(async () => {
  await t?.close();
});

describe('filing a request from the portal', () => {
  let number: number;

  it('offers only the categories the agency opened to residents, with their fields', async () => {
    const response = await inject(nadia, 'GET', '/api/v1/portal/categories');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([{ id: categoryId, name: 'Plomberie (portail)', fields: [expect.objectContaining({ key: 'piece', required: true, options: ['cuisine', 'salle de bain'] })] }]);
  });

  it('with a photo, it arrives PENDING in “Demandes à valider”, assigned by the routing rule, with the resident watching and what they said of their availability', async () => {
    const assistant = refs.user('assistant@demo.gardien.test');
    const rule = await t.call(admin, 'POST', '/api/v1/routing-rules', { name: 'Portail → Julien', source: 'portal', assigneeId: assistant.id });
    expect(rule.statusCode, rule.body).toBe(201);
    const response = await fileRequest(nadia, {
      place: { unitId: refs.unit('COP-001', 'A01').id }, categoryId, categoryFields: { piece: 'cuisine' },
      description: 'L’évier de la cuisine fuit depuis ce matin.', availability: 'En semaine après 18 h', entryAllowed: true,
    }, [{ name: 'fuite.png', content: PNG }]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().status).toBe('received');
    number = response.json().number;

    const pending = (await t.call(manager, 'GET', '/api/v1/tickets?type=PENDING&limit=200')).json().items as { number: number }[];
    expect(pending.map((p) => p.number)).toContain(number);
    const staff = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(staff.type).toBe('PENDING');
    expect(staff.source).toBe('portal');
    expect(staff.assignee.id).toBe(assistant.id);
    expect(staff.requester.personId).toBe(refs.person('P-003').id);
    expect(staff.unit.id).toBe(refs.unit('COP-001', 'A01').id);
    expect(staff.categoryFields).toEqual({ piece: 'cuisine' });
    expect(staff.availability).toBe('En semaine après 18 h');
    expect(staff.entryAllowed).toBe(true);
    expect(staff.watchers.map((w: { personId: string }) => w.personId)).toEqual([refs.person('P-003').id]);

    const mine = (await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`)).json();
    expect(mine).toMatchObject({ status: 'received', mine: true, description: 'L’évier de la cuisine fuit depuis ce matin.', availability: 'En semaine après 18 h', entryAllowed: true });
    expect(mine.documents.map((d: { name: string; type: string }) => [d.name, d.type])).toEqual([['fuite.png', 'image/png']]);
    const photo = await inject(nadia, 'GET', mine.documents[0].url);
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(PNG)).toBe(true);
  });

  it('refuses a “.png” that is text (415) and keeps nothing of the request', async () => {
    const count = async () => (await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(tickets))[0]!.n;
    const before = await count();
    const response = await fileRequest(nadia, { place: { unitId: refs.unit('COP-001', 'A01').id }, description: 'Photo' }, [{ name: 'photo.png', content: 'ceci est du texte, pas une image' }]);
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().error.code).toBe('file_type_not_allowed');
    expect(await count()).toBe(before);
  });

  it('refuses a category the agency did not open to residents, and a place that is not theirs (422)', async () => {
    const category = await fileRequest(nadia, { place: { unitId: refs.unit('COP-001', 'A01').id }, categoryId: otherCategoryId, description: 'Tuiles' });
    expect([category.statusCode, category.json().error.code]).toEqual([422, 'unknown_reference']);
    const unit = await fileRequest(nadia, { place: { unitId: refs.unit('COP-001', 'A21').id }, description: 'Chez le voisin' });
    expect([unit.statusCode, unit.json().error.code, unit.json().error.details.field]).toEqual([422, 'unknown_reference', 'place.unitId']);
    const property = await fileRequest(nadia, { place: { propertyId: refs.property('GER-010').id }, description: 'Autre immeuble' });
    expect([property.statusCode, property.json().error.code]).toEqual([422, 'unknown_reference']);
    const fields = await fileRequest(nadia, { place: { unitId: refs.unit('COP-001', 'A01').id }, categoryId, categoryFields: {}, description: 'Sans pièce' });
    expect([fields.statusCode, fields.json().error.code]).toEqual([400, 'validation_failed']);
  });

  it('takes the common parts of their building, then refuses past the daily limit with a sentence giving the number (429)', async () => {
    await setSettings({ portalRequestsPerDay: 2 });
    const common = await inject(nadia, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('COP-001').id }, description: 'La porte du hall ne ferme plus.' });
    expect(common.statusCode, common.body).toBe(201);
    const staff = (await t.call(manager, 'GET', `/api/v1/tickets/${common.json().number}`)).json();
    expect(staff.unit).toBeNull();
    const refusedOne = await inject(nadia, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('COP-001').id }, description: 'Encore une.' });
    expect(refusedOne.statusCode, refusedOne.body).toBe(429);
    expect(refusedOne.json().error.code).toBe('daily_request_limit');
    expect(refusedOne.json().error.message).toContain('2');
    // Past midnight in Paris (23:30 UTC), the next calendar day, requests are taken again.
    t.clock.current = new Date('2026-12-01T23:30:00Z');
    nadia = await portalSession(t, refs.person('P-003').id);
    admin = await t.login('admin@demo.gardien.test');
    const tomorrow = await inject(nadia, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('COP-001').id }, description: 'Le lendemain.' });
    expect(tomorrow.statusCode, tomorrow.body).toBe(201);
    await setSettings({ portalRequestsPerDay: 5 });
  });

  it('messages go both ways in the resident’s thread; theirs are unread for the manager', async () => {
    const written = await inject(nadia, 'POST', `/api/v1/portal/tickets/${number}/messages`, { body: 'La fuite a empiré.' });
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json().message).toMatchObject({ from: 'me', body: 'La fuite a empiré.', authorName: 'Nadia Benali' });
    const staff = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(staff.unreadCount).toBeGreaterThan(0);
    expect(staff.needsAction).toBe(true);
    const history = (await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items as { type: string; actorType: string; channel: string }[];
    expect(history.find((e) => e.type === 'message_received')).toMatchObject({ actorType: 'requester', channel: 'portal' });

    await act(t, manager, number, { action: 'send_message', partyId: staff.watchers[0].id, body: 'Un plombier passe demain.' });
    const page = (await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`)).json();
    expect(page.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([['me', 'La fuite a empiré.'], ['agency', 'Un plombier passe demain.']]);
    expect(page.unreadMessages).toBe(1);

    // With a file (multipart): it shows in the thread and opens for the resident only.
    const withFile = await inject(nadia, 'POST', `/api/v1/portal/tickets/${number}/messages`, multipartBody([
      { field: 'body', content: 'Voici le devis de mon assurance.' },
      { field: 'files', filename: 'assurance.pdf', type: 'application/pdf', content: PDF },
    ]), { 'content-type': MULTIPART_TYPE });
    expect(withFile.statusCode, withFile.body).toBe(201);
    const file = withFile.json().message.files[0] as { name: string; url: string };
    expect(file.name).toBe('assurance.pdf');
    expect((await inject(nadia, 'GET', file.url)).statusCode).toBe(200);
    const neighbour = await portalSession(t, refs.person('P-004').id);
    expect((await inject(neighbour, 'GET', file.url)).statusCode).toBe(404);
    expect((await inject(nadia, 'GET', `/api/v1/portal/tickets/${number}`)).json().unreadMessages).toBe(0);
  });

  it('a staff preview of the portal reads but cannot write (403 preview_read_only)', async () => {
    const preview = await portalSession(t, refs.person('P-003').id, { preview: { userId: refs.user('manager@demo.gardien.test').id } });
    expect((await inject(preview, 'GET', `/api/v1/portal/tickets/${number}`)).statusCode).toBe(200);
    const write = await inject(preview, 'POST', `/api/v1/portal/tickets/${number}/messages`, { body: 'Non' });
    expect([write.statusCode, write.json().error.code]).toEqual([403, 'preview_read_only']);
  });
});

describe('decisions from the portal', () => {
  it('the council president approves a quote from the portal and the dispatch moves as through her link', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Toiture du local vélos', visibility: 'council', contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }],
    });
    const { number, dispatches } = created.json();
    const dispatchId = dispatches[0].id as string;
    await act(t, manager, number, { action: 'enter_quote', dispatchId, amountCents: 320000 });
    await act(t, manager, number, { action: 'request_approval', approver: { personId: refs.person('P-001').id, channels: ['email'] } });
    const helene = await portalSession(t, refs.person('P-001').id);
    const awaiting = (await inject(helene, 'GET', '/api/v1/portal/decisions')).json().items as { number: number; awaitingMyDecision: boolean }[];
    expect(awaiting.find((i) => i.number === number)).toMatchObject({ awaitingMyDecision: true });
    const page = (await inject(helene, 'GET', `/api/v1/portal/tickets/${number}`)).json();
    expect(page.quotes).toEqual([expect.objectContaining({ dispatchId, amountCents: 320000, awaitingMyDecision: true })]);

    // A council member who sees it may not decide it.
    const marc = await portalSession(t, refs.person('P-002').id);
    const notHers = await inject(marc, 'POST', `/api/v1/portal/tickets/${number}/decisions`, { dispatchId, decision: 'approve' });
    expect([notHers.statusCode, notHers.json().error.code]).toEqual([409, 'action_not_available']);

    const decided = await inject(helene, 'POST', `/api/v1/portal/tickets/${number}/decisions`, { dispatchId, decision: 'approve', comment: 'D’accord.' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().ticket.quotes[0]).toMatchObject({ state: 'approved', awaitingMyDecision: false });
    const staff = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(staff.dispatches[0].state).toBe('approved');
    const history = (await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items as { type: string; actorType: string; channel: string; actorName: string }[];
    expect(history.find((e) => e.type === 'quote_approved')).toMatchObject({ actorType: 'approver', channel: 'portal', actorName: 'Hélène Rousseau' });
    expect((await inject(helene, 'GET', '/api/v1/portal/decisions')).json().items.map((i: { number: number }) => i.number)).not.toContain(number);
    const again = await inject(helene, 'POST', `/api/v1/portal/tickets/${number}/decisions`, { dispatchId, decision: 'disapprove' });
    expect(again.statusCode).toBe(409);
  });

  it('a quote above the gérance owner’s mandate asks the owner’s approval on its own; one below does not', async () => {
    const owner = refs.person('P-009');
    const patched = await t.call(admin, 'PATCH', `/api/v1/persons/${owner.id}`, { mandateThresholdCents: 100000 });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().mandateThresholdCents).toBe(100000);
    const quote = async (amountCents: number) => {
      const created = (await t.call(manager, 'POST', '/api/v1/tickets', {
        type: 'DS', propertyId: refs.property('GER-010').id, unitId: refs.unit('GER-010', 'V1G').id, subject: `Devis ${amountCents}`,
        contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }],
      })).json();
      await act(t, manager, created.number, { action: 'enter_quote', dispatchId: created.dispatches[0].id, amountCents });
      return (await t.call(manager, 'GET', `/api/v1/tickets/${created.number}`)).json();
    };
    const above = await quote(150000);
    expect(above.dispatches[0].state).toBe('approval_requested');
    expect(above.approvers.map((a: { personId: string }) => a.personId)).toEqual([owner.id]);
    const history = (await t.call(manager, 'GET', `/api/v1/tickets/${above.number}/events`)).json().items as { type: string; actorType: string }[];
    expect(history.find((e) => e.type === 'approval_requested')).toMatchObject({ actorType: 'system' });
    expect(history.find((e) => e.type === 'quote_received')).toMatchObject({ actorType: 'staff' });

    const below = await quote(90000);
    expect(below.dispatches[0].state).toBe('quote_received');
    expect(below.approvers).toEqual([]);

    const jp = await portalSession(t, owner.id);
    const awaiting = (await inject(jp, 'GET', '/api/v1/portal/decisions')).json().items.map((i: { number: number }) => i.number);
    expect(awaiting).toEqual([above.number]);
  });
});
