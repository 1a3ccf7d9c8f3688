// Tenant companies (DOMAIN.md §15), as staff and residents use them, on both databases: the
// tool's switch, a company with its premises and employees, an employee filing a request for
// the company and its admin seeing it (not a plain colleague), the admin inviting a colleague,
// items of the cockpit's tools aimed at a company, and nothing of another agency reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';

let t: TestApp;
let refs: DemoRefs;
let manager: string;
let admin: string;
let companyId: string;
let boss: { personId: string; cookie: string };
let clerk: { personId: string; cookie: string };
let sarah: string; // tenant of Immeuble Voltaire (GER-010), not of the company

const switchTool = (enabled: boolean) => t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { companies: { enabled, roles: ['manager', 'assistant'] } } });

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  sarah = await portalSession(t, refs.person('P-010').id);
});
afterAll(() => t?.close());

describe('the tool’s switch', () => {
  it('when companies are off (the default), then staff and residents get 404 tool_off; on, the list answers', async () => {
    const off = await t.call(manager, 'GET', '/api/v1/companies');
    expect([off.statusCode, off.json().error.code]).toEqual([404, 'tool_off']);
    expect((await t.call(sarah, 'GET', '/api/v1/portal/company')).statusCode).toBe(404);
    expect((await switchTool(true)).statusCode).toBe(200);
    const on = await t.call(manager, 'GET', '/api/v1/companies');
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().items).toEqual([]);
  });
});

describe('a company, its premises and employees', () => {
  it('when the manager adds a company on premises of the agency, then it is listed; premises of another agency are refused (422)', async () => {
    const property = refs.property('GER-010');
    const created = await t.call(manager, 'POST', '/api/v1/companies', { name: 'Atelier Lumière SARL', propertyId: property.id, registrationNumber: '812 345 678' });
    expect(created.statusCode, created.body).toBe(201);
    companyId = created.json().company.id;
    const listed = (await t.call(manager, 'GET', '/api/v1/companies?q=lumi')).json().items;
    expect(listed.map((c: { name: string; propertyName: string; memberCount: number }) => [c.name, c.propertyName, c.memberCount])).toEqual([['Atelier Lumière SARL', property.name, 0]]);

    const other = await t.login(OTHER_MANAGER_EMAIL);
    const theirs = await t.call(other, 'GET', '/api/v1/properties?limit=1');
    const foreignProperty = theirs.json().items[0]?.id ?? '00000000-0000-4000-8000-000000000000';
    const refused = await t.call(manager, 'POST', '/api/v1/companies', { name: 'Ailleurs', propertyId: foreignProperty });
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'unknown_reference']);
  });

  it('when the manager adds a new employee as admin with an invitation, then the person exists, is its admin, and the invitation is in the outbox', async () => {
    const added = await t.call(manager, 'POST', `/api/v1/companies/${companyId}/members`, { person: { name: 'Claire Fontaine', email: 'claire@atelier-lumiere.test' }, isAdmin: true, invite: true });
    expect(added.statusCode, added.body).toBe(200);
    const [member] = added.json().members;
    expect([member.name, member.emails, member.isAdmin, member.portalStatus]).toEqual(['Claire Fontaine', ['claire@atelier-lumiere.test'], true, 'invited']);
    const outbox = (await t.call(admin, 'GET', '/api/v1/outbox?limit=20')).json().items as { template: string; recipients: string[] }[];
    expect(outbox.some((m) => m.template === 'portal_invitation' && m.recipients.includes('claire@atelier-lumiere.test'))).toBe(true);
    boss = { personId: member.personId, cookie: await portalSession(t, member.personId) };

    const again = await t.call(manager, 'POST', `/api/v1/companies/${companyId}/members`, { person: { name: 'Paul Martin', email: 'paul@atelier-lumiere.test' } });
    const paul = again.json().members.find((m: { name: string }) => m.name === 'Paul Martin');
    expect(paul.isAdmin).toBe(false);
    clerk = { personId: paul.personId, cookie: await portalSession(t, paul.personId) };

    // The same email again names the same person: no second one.
    const twice = await t.call(manager, 'POST', `/api/v1/companies/${companyId}/members`, { person: { name: 'P. Martin', email: 'PAUL@atelier-lumiere.test' } });
    expect(twice.json().members).toHaveLength(2);
  });
});

describe('the company’s requests', () => {
  let bossTicket: number;
  let clerkTicket: number;

  it('when an employee files a request for the company, then the ticket shows the company to staff', async () => {
    const filed = await t.call(clerk.cookie, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('GER-010').id }, description: 'La climatisation de notre bureau ne démarre plus.', companyId });
    expect(filed.statusCode, filed.body).toBe(201);
    clerkTicket = filed.json().number;
    const staff = (await t.call(manager, 'GET', `/api/v1/tickets/${clerkTicket}`)).json();
    expect(staff.company).toEqual({ id: companyId, name: 'Atelier Lumière SARL' });

    const own = await t.call(boss.cookie, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('GER-010').id }, description: 'Badge d’accès perdu.', companyId });
    bossTicket = own.json().number;
  });

  it('when the admin looks, then they see the colleague’s request with its text; the colleague does not see the admin’s (404)', async () => {
    const list = (await t.call(boss.cookie, 'GET', '/api/v1/portal/tickets')).json().items as { number: number }[];
    expect(list.map((i) => i.number)).toEqual(expect.arrayContaining([clerkTicket, bossTicket]));
    const page = await t.call(boss.cookie, 'GET', `/api/v1/portal/tickets/${clerkTicket}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().description).toBe('La climatisation de notre bureau ne démarre plus.');

    const clerkList = (await t.call(clerk.cookie, 'GET', '/api/v1/portal/tickets')).json().items as { number: number }[];
    expect(clerkList.map((i) => i.number)).not.toContain(bossTicket);
    expect((await t.call(clerk.cookie, 'GET', `/api/v1/portal/tickets/${bossTicket}`)).statusCode).toBe(404);
  });

  it('when someone who does not work there names the company, then the request is refused (422 not_company_member)', async () => {
    const refused = await t.call(sarah, 'POST', '/api/v1/portal/tickets', { place: { propertyId: refs.property('GER-010').id }, description: 'Test', companyId });
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'not_company_member']);
  });

  it('when the manager tries to delete a company its tickets name, then it stays (409 company_has_tickets)', async () => {
    const refused = await t.call(manager, 'DELETE', `/api/v1/companies/${companyId}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'company_has_tickets']);
  });
});

describe('the admin in the portal', () => {
  it('when the admin invites a colleague, then they join the company invited; a plain employee may not (403 not_company_admin)', async () => {
    const mine = (await t.call(boss.cookie, 'GET', '/api/v1/portal/company')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].isAdmin).toBe(true);
    expect(mine[0].colleagues.map((c: { name: string }) => c.name).sort()).toEqual(['Claire Fontaine', 'Paul Martin']);
    // Colleagues are names and portal states, never contact details.
    expect(JSON.stringify(mine)).not.toContain('paul@atelier-lumiere.test');

    const invited = await t.call(boss.cookie, 'POST', `/api/v1/portal/company/${companyId}/invitations`, { name: 'Inès Blanc', email: 'ines@atelier-lumiere.test' });
    expect(invited.statusCode, invited.body).toBe(200);
    const ines = invited.json().items[0].colleagues.find((c: { name: string }) => c.name === 'Inès Blanc');
    expect(ines.portalStatus).toBe('invited');

    const clerkView = (await t.call(clerk.cookie, 'GET', '/api/v1/portal/company')).json().items;
    expect(clerkView[0].colleagues).toBeNull();
    const refused = await t.call(clerk.cookie, 'POST', `/api/v1/portal/company/${companyId}/invitations`, { name: 'X', email: 'x@atelier-lumiere.test' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'not_company_admin']);
  });

  it('when the admin invites an email the agency already knows, then nobody is added and the answer does not say whose it is (409 colleague_email_known)', async () => {
    const sarahEmail = (refs.person('P-010') as unknown as { emails: string[] }).emails[0]!;
    const known = await t.call(boss.cookie, 'POST', `/api/v1/portal/company/${companyId}/invitations`, { name: 'Quelqu’un', email: sarahEmail.toUpperCase() });
    expect([known.statusCode, known.json().error.code]).toEqual([409, 'colleague_email_known']);
    expect(known.body).not.toContain('Cohen');
    const members = (await t.call(manager, 'GET', `/api/v1/companies/${companyId}`)).json().members as { personId: string }[];
    expect(members.map((m) => m.personId)).not.toContain(refs.person('P-010').id);
  });

  it('when a staff member whose roles are not given the tool previews the admin’s portal, then the company is refused (403 tool_not_allowed); a manager’s preview reads it', async () => {
    const agent = refs.user('admin@demo.gardien.test'); // app admin and master data: not given the tool
    const agentPreview = await portalSession(t, boss.personId, { preview: { userId: agent.id } });
    const refused = await t.call(agentPreview, 'GET', '/api/v1/portal/company');
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'tool_not_allowed']);
    const managerPreview = await portalSession(t, boss.personId, { preview: { userId: refs.user('manager@demo.gardien.test').id } });
    expect((await t.call(managerPreview, 'GET', '/api/v1/portal/company')).statusCode).toBe(200);
  });

  it('when a resident names a company that is not theirs, or another agency looks at it, then it is not found (404)', async () => {
    const notMine = await t.call(sarah, 'POST', `/api/v1/portal/company/${companyId}/invitations`, { name: 'X', email: 'x@example.test' });
    expect(notMine.statusCode).toBe(404);
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await t.call(other, 'GET', `/api/v1/companies/${companyId}`)).statusCode).toBe(404);
  });
});

describe('items aimed at a company', () => {
  it('when an article is published for the company, then its employees read it and a tenant of the same building does not; removed from the company, they stop', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/articles', { title: 'Accès livraisons pour les entreprises', body: '<p>Quai B.</p>', audience: { companyIds: [companyId] } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().article.id;
    await t.call(manager, 'POST', `/api/v1/articles/${id}/publish`, {});
    const titles = async (cookie: string) => ((await t.call(cookie, 'GET', '/api/v1/portal/articles')).json().items as { title: string }[]).map((a) => a.title);
    expect(await titles(clerk.cookie)).toContain('Accès livraisons pour les entreprises');
    expect(await titles(sarah)).not.toContain('Accès livraisons pour les entreprises');
    expect((await t.call(sarah, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).toBe(404);

    const removed = await t.call(manager, 'DELETE', `/api/v1/companies/${companyId}/members/${clerk.personId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await t.call(clerk.cookie, 'GET', `/api/v1/portal/articles/${id}`)).statusCode).not.toBe(200);
  });

  it('when an audience names a company of another agency, then it is refused (422 unknown_reference)', async () => {
    const refused = await t.call(manager, 'POST', '/api/v1/articles', { title: 'X', audience: { companyIds: ['00000000-0000-4000-8000-0000000000cc'] } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'unknown_reference']);
  });
});
