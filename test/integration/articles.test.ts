// Info articles (DOMAIN.md §15), as staff and residents use them, on both databases: the tool's
// switch and roles, writing and publishing, what residents see (state, time, audience, their
// relations of today), search ignoring accents, view counts, files checked by their bytes, and
// nothing of another building or agency reachable (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { organizations, persons } from '../../src/db/schema/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { MULTIPART_TYPE, multipartBody } from '../support/uploads.ts';
import { png } from '../support/documents.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';

let t: TestApp;
let refs: DemoRefs;
let manager: string;
let admin: string;
let tenant: string; // Sarah Cohen, tenant in Immeuble Voltaire (GER-010)
let coOwner: string; // Georges Petit, co-owner in Résidence Les Tilleuls (COP-001)
let president: string; // Hélène Rousseau, council president of COP-001

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  tenant = await portalSession(t, refs.person('P-010').id);
  coOwner = await portalSession(t, refs.person('P-004').id);
  president = await portalSession(t, refs.person('P-001').id);
});
afterAll(() => t?.close());

async function write(body: Record<string, unknown>, publish: Record<string, unknown> | false = {}) {
  const created = await t.call(manager, 'POST', '/api/v1/articles', { body: '<p>Texte</p>', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().article.id as string;
  if (publish) expect((await t.call(manager, 'POST', `/api/v1/articles/${id}/publish`, publish)).statusCode).toBe(200);
  return id;
}
const titles = async (cookie: string, query = '') => ((await t.call(cookie, 'GET', `/api/v1/portal/articles${query}`)).json().items as { title: string }[]).map((a) => a.title);
const everyone = { agency: true };

describe('the tool’s switch and roles', () => {
  it('when the app admin switches articles off, then staff and residents get 404 tool_off and the settings say so; on again, they are back', async () => {
    const settings = (await t.call(admin, 'GET', '/api/v1/settings')).json().settings;
    expect(settings.communityTools.articles).toEqual({ enabled: true, roles: ['manager', 'assistant'] });
    expect(settings.communityTools.news.enabled).toBe(true);

    const off = await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: false, roles: ['manager', 'assistant'] } } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().settings.communityTools.documents.enabled).toBe(true);
    const staff = await t.call(manager, 'GET', '/api/v1/articles');
    expect([staff.statusCode, staff.json().error.code]).toEqual([404, 'tool_off']);
    const portal = await t.call(tenant, 'GET', '/api/v1/portal/articles');
    expect([portal.statusCode, portal.json().error.code]).toEqual([404, 'tool_off']);

    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: true, roles: ['manager', 'assistant'] } } });
    expect((await t.call(manager, 'GET', '/api/v1/articles')).statusCode).toBe(200);
    expect(await titles(tenant)).toContain('Ordures ménagères et tri sélectif');
  });

  it('when a role is not given the tool, then its users get 403 tool_not_allowed; a manager may not switch tools', async () => {
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: true, roles: ['manager'] } } });
    const assistant = await t.login('assistant@demo.gardien.test');
    const refused = await t.call(assistant, 'GET', '/api/v1/articles');
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'tool_not_allowed']);
    expect((await t.call(admin, 'GET', '/api/v1/articles')).json().error.code).toBe('tool_not_allowed');
    expect((await t.call(manager, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: false, roles: [] } } })).statusCode).toBe(403);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: true, roles: ['manager', 'assistant'] } } });
    expect((await t.call(assistant, 'GET', '/api/v1/articles')).statusCode).toBe(200);
  });
});

describe('writing and publishing', () => {
  it('when the manager writes a draft, then residents do not see it; published they do; archived it is gone', async () => {
    const id = await write({ title: 'Fermeture du local vélos', category: 'common_parts', audience: everyone, body: '<p>Fermé <script>alert(1)</script>lundi</p>' }, false);
    const draft = (await t.call(manager, 'GET', `/api/v1/articles/${id}`)).json().article;
    expect(draft).toMatchObject({ state: 'draft', publishAt: null, viewCount: 0, language: 'fr' });
    expect(draft.body).not.toContain('script');
    expect(await titles(tenant)).not.toContain('Fermeture du local vélos');
    expect((await t.call(tenant, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).toBe(404);

    const patched = await t.call(manager, 'PATCH', `/api/v1/articles/${id}`, { title: 'Fermeture du local à vélos' });
    expect(patched.json().article.title).toBe('Fermeture du local à vélos');
    await t.call(manager, 'POST', `/api/v1/articles/${id}/publish`, {});
    expect(await titles(tenant)).toContain('Fermeture du local à vélos');
    const list = (await t.call(manager, 'GET', '/api/v1/articles?state=published&category=common_parts')).json().items as { id: string }[];
    expect(list.map((a) => a.id)).toContain(id);

    expect((await t.call(manager, 'POST', `/api/v1/articles/${id}/archive`)).json().article.state).toBe('archived');
    expect(await titles(tenant)).not.toContain('Fermeture du local à vélos');
    expect((await t.call(tenant, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).toBe(404);
    expect((await t.call(manager, 'DELETE', `/api/v1/articles/${id}`)).statusCode).toBe(204);
    expect((await t.call(manager, 'GET', `/api/v1/articles/${id}`)).statusCode).toBe(404);
  });

  it('when an article is published for a later time, then residents see it only once that time has come', async () => {
    const at = new Date(t.clock.now().getTime() + 2 * 86_400_000);
    await write({ title: 'Coupure d’eau programmée', audience: everyone }, { publishAt: at.toISOString() });
    expect(await titles(tenant)).not.toContain('Coupure d’eau programmée');
    const today = t.clock.current;
    t.clock.current = new Date(at.getTime() + 60_000);
    const later = await portalSession(t, refs.person('P-010').id);
    expect(await titles(later)).toContain('Coupure d’eau programmée');
    t.clock.current = today;
  });

  it('when the list is long, then it comes a page at a time with a cursor', async () => {
    const first = (await t.call(manager, 'GET', '/api/v1/articles?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await t.call(manager, 'GET', `/api/v1/articles?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((a: { id: string }) => a.id)).not.toContain(first.items[0].id);
  });
});

describe('audiences', () => {
  it('when an article is for the council of Les Tilleuls, then its president sees it, a co-owner there and a tenant of another building get 404', async () => {
    const id = await write({ title: 'Conseil syndical : ordre du jour', audience: { propertyIds: [refs.property('COP-001').id], relations: ['council_member', 'council_president'] } });
    expect(await titles(president)).toContain('Conseil syndical : ordre du jour');
    expect((await t.call(president, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).toBe(200);
    expect(await titles(coOwner)).not.toContain('Conseil syndical : ordre du jour');
    const other = await t.call(tenant, 'GET', `/api/v1/portal/articles/${id}`);
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'not_found']);
  });

  it('when the tenant’s tenancy ends, then she stops seeing what was meant for her unit', async () => {
    await write({ title: 'Relevé des compteurs du V1G', audience: { unitIds: [refs.unit('GER-010', 'V1G').id], relations: ['tenant'] } });
    expect(await titles(tenant)).toContain('Relevé des compteurs du V1G');
    const yesterday = new Date(t.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    await t.ctx.db.execute(sql`update person_relations set ends_on = ${yesterday} where person_id = ${refs.person('P-010').id} and kind = 'tenant'`);
    expect(await titles(tenant)).not.toContain('Relevé des compteurs du V1G');
    await t.ctx.db.execute(sql`update person_relations set ends_on = null where person_id = ${refs.person('P-010').id} and kind = 'tenant'`);
  });

  it('when the audience names another agency’s property, then it is 422 unknown_reference; no target is 400', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const foreign = (await t.call(other, 'GET', '/api/v1/properties')).json().items[0].id;
    const refused = await t.call(manager, 'POST', '/api/v1/articles', { title: 'x', audience: { propertyIds: [foreign] } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'unknown_reference']);
    expect((await t.call(manager, 'POST', '/api/v1/articles', { title: 'x', audience: {} })).statusCode).toBe(400);
  });
});

describe('search and suggestions', () => {
  it('when a resident types words without accents, then the French search finds the articles that have them', async () => {
    await write({ title: 'Chauffage collectif en panne', audience: everyone, body: '<p>Le dégât des radiateurs est réparé.</p>' });
    expect(await titles(tenant, '?q=chauffage')).toContain('Chauffage collectif en panne');
    expect(await titles(tenant, `?q=${encodeURIComponent('les ordures')}&limit=3`)).toContain('Ordures ménagères et tri sélectif');
    expect(await titles(tenant, '?q=degat')).toEqual(expect.arrayContaining(['Chauffage collectif en panne', 'Dégât des eaux : les bons réflexes']));
    expect((await titles(tenant, '?q=degat&limit=1'))).toHaveLength(1);
    expect(await titles(tenant, '?q=le')).toEqual([]);
    // A request's description as typed: any of its words, the best match first.
    const suggested = await titles(president, `?q=${encodeURIComponent('Le radiateur de ma chambre reste froid')}&limit=3`);
    expect(suggested).toContain('Chauffage collectif : mise en route et réglages');
    expect(suggested.length).toBeLessThanOrEqual(3);
    const staff = (await t.call(manager, 'GET', '/api/v1/articles?q=DEGAT')).json().items as { title: string }[];
    expect(staff.map((a) => a.title)).toContain('Chauffage collectif en panne');
  });
});

describe('views and files', () => {
  it('when a resident opens an article twice and another once, then it counts two views', async () => {
    const id = await write({ title: 'Nouveau gardien', audience: everyone });
    for (const cookie of [tenant, tenant, president]) expect((await t.call(cookie, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).toBe(200);
    expect((await t.call(manager, 'GET', `/api/v1/articles/${id}`)).json().article.viewCount).toBe(2);
  });

  it('when the manager attaches an image, then a reader downloads it; a file whose bytes lie is refused 415; another building’s resident gets 404', async () => {
    const id = await write({ title: 'Plan du local poubelles', audience: { propertyIds: [refs.property('GER-010').id] } });
    const upload = (parts: Parameters<typeof multipartBody>[0]) =>
      t.app.inject({ method: 'POST', url: `/api/v1/articles/${id}/files`, headers: { cookie: manager, 'content-type': MULTIPART_TYPE }, payload: multipartBody(parts) });
    const lying = await upload([{ field: 'files', filename: 'plan.png', type: 'image/png', content: Buffer.from('MZ\x90\x00 not an image at all') }]);
    expect([lying.statusCode, lying.json().error.code]).toEqual([415, 'file_type_not_allowed']);
    const ok = await upload([{ field: 'files', filename: 'plan.png', type: 'image/png', content: png() }]);
    expect(ok.statusCode, ok.body).toBe(201);
    const page = (await t.call(tenant, 'GET', `/api/v1/portal/articles/${id}`)).json();
    expect(page.files).toHaveLength(1);
    const download = await t.call(tenant, 'GET', page.files[0].url);
    expect([download.statusCode, download.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await t.call(president, 'GET', page.files[0].url)).statusCode).toBe(404);
  });
});

describe('bad inputs and other agencies', () => {
  it('when inputs are wrong, then the answers say so with their codes', async () => {
    const bad = async (method: string, url: string, body: unknown, status: number) => expect((await t.call(manager, method, url, body)).statusCode, `${method} ${url}`).toBe(status);
    await bad('POST', '/api/v1/articles', { title: '', audience: everyone }, 400);
    await bad('POST', '/api/v1/articles', { title: 'x', audience: everyone, language: 'de' }, 400);
    await bad('POST', '/api/v1/articles', { title: 'x', audience: { agency: true, relations: ['landlord'] } }, 400);
    await bad('GET', '/api/v1/articles?state=lost', undefined, 400);
    await bad('GET', '/api/v1/articles?cursor=nonsense', undefined, 400);
    await bad('GET', '/api/v1/articles/not-an-id', undefined, 400);
    await bad('PATCH', `/api/v1/articles/${crypto.randomUUID()}`, { title: 'x' }, 404);
    const id = await write({ title: 'Brouillon', audience: everyone }, false);
    await bad('POST', `/api/v1/articles/${id}/publish`, { publishAt: 'demain' }, 400);
    const preview = await t.call(tenant, 'POST', '/api/v1/articles', { title: 'x', audience: everyone });
    expect(preview.statusCode).toBe(401);
  });

  it('when another agency’s manager asks for a demo article, or their resident does, then it is 404', async () => {
    const id = await write({ title: 'Pour la démo seulement', audience: everyone });
    const other = await t.login(OTHER_MANAGER_EMAIL);
    // The other agency's manager is its app admin too.
    await t.call(other, 'PATCH', '/api/v1/settings', { communityTools: { articles: { enabled: true, roles: ['manager'] } } });
    expect((await t.call(other, 'GET', `/api/v1/articles/${id}`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', '/api/v1/articles')).json().items).toEqual([]);
    const [person] = await t.ctx.db.select({ id: persons.id }).from(persons).innerJoin(organizations, eq(organizations.id, persons.organizationId)).where(eq(organizations.slug, OTHER_ORG_SLUG));
    const stranger = await portalSession(t, person!.id);
    const answer = await t.call(stranger, 'GET', `/api/v1/portal/articles/${id}`);
    expect([answer.statusCode, answer.json().error.code]).toEqual([404, 'not_found']);
    expect(await titles(stranger)).toEqual([]);
  });
});
