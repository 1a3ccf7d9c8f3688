// Categories (with structured fields) and routing rules through the API, who may read and write
// them, and what they do when a ticket is created: fields checked and stored, assignee routed.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';

let t: TestApp;
let admin: string;
let manager: string;
let refs: DemoRefs;
let agentId: string;
const PASSWORD = 'settings-password-1';
const cookies = {} as Record<'appAdminOnly' | 'masterDataAdminOnly' | 'externalAgent' | 'agent', string>;

type Category = { id: string; name: string; fields: { key: string; type: string; required: boolean; options?: string[] }[]; active: boolean };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, admin);
  const demo = (await findOrganizationBySlug(t.ctx.db, 'demo'))!;
  const users = {
    appAdminOnly: ['app_admin'],
    masterDataAdminOnly: ['master_data_admin'],
    externalAgent: ['external_agent'],
    agent: ['agent'],
  } as const;
  for (const [key, roles] of Object.entries(users) as [keyof typeof users, readonly string[]][]) {
    const user = await createUser(t.ctx, demo.id, { email: `${key.toLowerCase()}@settings.test`, name: `Settings ${key}`, roles: [...roles] as never, password: PASSWORD });
    if (key === 'agent') agentId = user.id;
    cookies[key] = await t.login(`${key.toLowerCase()}@settings.test`, PASSWORD);
  }
});
afterAll(() => t?.close());

async function categories(cookie: string, query = ''): Promise<Category[]> {
  const response = await t.call(cookie, 'GET', `/api/v1/categories?limit=200${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
async function categoryNamed(name: string) {
  const found = (await categories(admin)).find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found;
}
async function createRule(body: Record<string, unknown>, cookie = admin) {
  const response = await t.call(cookie, 'POST', '/api/v1/routing-rules', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; position: number };
}
/** Creates a pending request (no contractor needed) as the demo manager; returns the answer. */
function createTicket(body: Record<string, unknown>, cookie = manager) {
  return t.call(cookie, 'POST', '/api/v1/tickets', { type: 'PENDING', subject: 'Demande', ...body });
}
async function assigneeOf(body: Record<string, unknown>) {
  const response = await createTicket(body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().assignee.name as string;
}

describe('categories', () => {
  it('when the demo agency is loaded, then it has its four categories and its elevator rule', async () => {
    const list = await categories(manager);
    expect(list.map((c) => c.name)).toEqual(['Ascenseur en panne', 'Chauffage', 'Nuisibles', "Plomberie / fuite d'eau"]);
    const plumbing = list.find((c) => c.name.startsWith('Plomberie'))!;
    expect(plumbing.fields).toEqual([
      { key: 'location', label: { fr: 'Où est la fuite ?', en: 'Where is the leak?' }, type: 'select', required: true, options: ['cuisine', 'salle de bain', 'parties communes', 'cave'] },
      { key: 'water_cut', label: { fr: "L'eau est-elle coupée ?", en: 'Is the water turned off?' }, type: 'boolean', required: false },
    ]);
    const rules = (await t.call(admin, 'GET', '/api/v1/routing-rules')).json().items;
    expect(rules).toEqual([
      expect.objectContaining({ name: 'Ascenseurs → assistant', categoryId: list[0]!.id, propertyId: null, source: null, assigneeId: refs.user('assistant@demo.gardien.test').id, active: true }),
    ]);
  });

  it('when an admin creates, reads, updates and lists a category, then its fields come back as defined', async () => {
    const created = await t.call(admin, 'POST', '/api/v1/categories', {
      name: 'Porte de garage',
      fields: [
        { key: 'blocked', label: { fr: 'Porte bloquée', en: 'Door stuck' }, type: 'select', required: true, options: ['ouverte', 'fermée'] },
        { key: 'since', label: { fr: 'Depuis le', en: 'Since' }, type: 'date' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const category = created.json() as Category;
    expect(category).toMatchObject({ name: 'Porte de garage', active: true });
    expect(category.fields).toEqual([
      { key: 'blocked', label: { fr: 'Porte bloquée', en: 'Door stuck' }, type: 'select', required: true, options: ['ouverte', 'fermée'] },
      { key: 'since', label: { fr: 'Depuis le', en: 'Since' }, type: 'date', required: false },
    ]);
    expect((await t.call(manager, 'GET', `/api/v1/categories/${category.id}`)).json()).toEqual(category);

    const renamed = await t.call(admin, 'PATCH', `/api/v1/categories/${category.id}`, { name: 'Portail / porte de garage' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().fields).toEqual(category.fields);
    const refielded = await t.call(admin, 'PATCH', `/api/v1/categories/${category.id}`, {
      fields: [{ key: 'remote_lost', label: { fr: 'Télécommande perdue', en: 'Remote lost' }, type: 'boolean', required: false }],
    });
    expect(refielded.json().fields.map((f: { key: string }) => f.key)).toEqual(['remote_lost']);

    const deactivated = await t.call(admin, 'PATCH', `/api/v1/categories/${category.id}`, { active: false });
    expect(deactivated.json().active).toBe(false);
    expect((await categories(manager, '&active=false')).map((c) => c.name)).toEqual(['Portail / porte de garage']);
    expect((await categories(manager, '&active=true')).map((c) => c.name)).not.toContain('Portail / porte de garage');
    expect((await categories(manager)).map((c) => c.name)).toContain('Portail / porte de garage');

    const onTicket = await createTicket({ propertyId: refs.property('COP-001').id, categoryId: category.id });
    expect(onTicket.statusCode).toBe(422);
    expect(onTicket.json().error).toMatchObject({ code: 'unknown_reference', details: { field: 'categoryId' } });
  });

  it('when a category\u2019s fields are wrong, then a 400 names the field by its index', async () => {
    const label = { fr: 'Champ', en: 'Field' };
    const cases: [unknown[], string][] = [
      [[{ key: 'floor', label, type: 'text' }, { key: 'note', label, type: 'text' }, { key: 'floor', label, type: 'number' }], 'fields.2.key'],
      [[{ key: 'where', label, type: 'select' }], 'fields.0.options'],
      [[{ key: 'where', label, type: 'select', options: [] }], 'fields.0.options'],
      [[{ key: 'ok', label, type: 'text' }, { key: 'count', label, type: 'number', options: ['1'] }], 'fields.1.options'],
      [[{ key: 'Floor', label, type: 'text' }], 'fields.0.key'],
      [[{ key: 'floor', label: { fr: 'Étage' }, type: 'text' }], 'fields.0.label.en'],
      [[{ key: 'floor', label, type: 'colour' }], 'fields.0.type'],
      [Array.from({ length: 31 }, (_, i) => ({ key: `f${i}`, label, type: 'text' })), 'fields'],
    ];
    for (const [fields, field] of cases) {
      const response = await t.call(admin, 'POST', '/api/v1/categories', { name: 'Mauvaise', fields });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('validation_failed');
      expect(error.details.map((d: { field: string }) => d.field), response.body).toContain(field);
    }
    const duplicate = await t.call(admin, 'POST', '/api/v1/categories', { name: 'Mauvaise', fields: cases[0]![0] });
    expect(duplicate.json().error.message).toBe('fields.2.key repeats the key "floor" of fields.0; each field of a category needs its own key.');
    const thirty = Array.from({ length: 30 }, (_, i) => ({ key: `f${i}`, label, type: 'text' }));
    expect((await t.call(admin, 'POST', '/api/v1/categories', { name: 'Trente champs', fields: thirty })).statusCode).toBe(201);
    expect((await categories(admin)).map((c) => c.name)).not.toContain('Mauvaise');
  });

  it('when staff who are not app admins write categories, then 403; every staff role reads them', async () => {
    const body = { name: 'Interdite' };
    const someId = (await categoryNamed('Nuisibles')).id;
    for (const cookie of [manager, cookies.masterDataAdminOnly, cookies.externalAgent, cookies.agent]) {
      expect((await t.call(cookie, 'POST', '/api/v1/categories', body)).statusCode).toBe(403);
      expect((await t.call(cookie, 'PATCH', `/api/v1/categories/${someId}`, body)).statusCode).toBe(403);
      expect((await t.call(cookie, 'GET', `/api/v1/categories/${someId}`)).statusCode).toBe(200);
      expect((await t.call(cookie, 'GET', '/api/v1/categories')).statusCode).toBe(200);
    }
    expect((await t.call(cookies.appAdminOnly, 'POST', '/api/v1/categories', { name: 'Permise' })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(401);
  });
});

describe('structured fields on a new ticket', () => {
  it('when a required field is missing or a select value is not an option, then 400 names categoryFields.<key>; good fields are stored', async () => {
    const plumbing = await categoryNamed("Plomberie / fuite d'eau");
    const place = { propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, categoryId: plumbing.id };

    const missing = await createTicket({ ...place, categoryFields: { water_cut: true } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'validation_failed', message: 'categoryFields.location is required.' });
    expect(missing.json().error.details).toEqual([{ field: 'categoryFields.location', message: 'is required' }]);

    const wrong = await createTicket({ ...place, categoryFields: { location: 'grenier' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([{ field: 'categoryFields.location', message: 'must be one of cuisine, salle de bain, parties communes, cave' }]);

    const wrongType = await createTicket({ ...place, categoryFields: { location: 'cave', water_cut: 'oui' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].field).toBe('categoryFields.water_cut');

    const unknown = await createTicket({ ...place, categoryFields: { location: 'cave', colour: 'rouge' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('categoryFields.colour');

    const good = await createTicket({ ...place, categoryFields: { location: 'salle de bain', water_cut: true } });
    expect(good.statusCode, good.body).toBe(201);
    const ticket = good.json();
    expect(ticket.category).toMatchObject({ id: plumbing.id, name: "Plomberie / fuite d'eau" });
    expect(ticket.category.fields.map((f: { key: string }) => f.key)).toEqual(['location', 'water_cut']);
    expect(ticket.categoryFields).toEqual({ location: 'salle de bain', water_cut: true });
    const read = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(read.categoryFields).toEqual({ location: 'salle de bain', water_cut: true });
    // No rule is about plumbing on this property: the property's manager gets it.
    expect(ticket.assignee.name).toBe('Camille Martin');
  });
});

describe('routing rules', () => {
  it('when a ticket has the category of a rule, then the rule\u2019s user is its assignee, and the history names the rule', async () => {
    const elevator = await categoryNamed('Ascenseur en panne');
    const response = await createTicket({ propertyId: refs.property('COP-001').id, categoryId: elevator.id, categoryFields: { floor_blocked: '3e' } });
    expect(response.statusCode, response.body).toBe(201);
    const ticket = response.json();
    expect(ticket.assignee).toEqual({ id: refs.user('assistant@demo.gardien.test').id, name: 'Julien Bernard' });
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items;
    expect(events.find((e: { type: string }) => e.type === 'ticket_created').payload.routingRule).toBe('Ascenseurs → assistant');

    // An assignee chosen by hand wins over the rule.
    const chosen = await createTicket({ propertyId: refs.property('COP-001').id, categoryId: elevator.id, assigneeId: agentId });
    expect(chosen.json().assignee.id).toBe(agentId);
  });

  it('when a rule names a property and a source, then only tickets with both are routed by it', async () => {
    const rule = await createRule({ name: 'Emails du Clos → agent', propertyId: refs.property('COP-002').id, source: 'email', assigneeId: agentId });
    expect(rule).toMatchObject({ position: 0 });
    expect(await assigneeOf({ propertyId: refs.property('COP-002').id, source: 'email' })).toBe('Settings agent');
    expect(await assigneeOf({ propertyId: refs.property('COP-002').id, source: 'phone' })).toBe('Camille Martin');
    expect(await assigneeOf({ propertyId: refs.property('COP-001').id, source: 'email' })).toBe('Camille Martin');

    const disabled = await t.call(admin, 'PATCH', `/api/v1/routing-rules/${rule.id}`, { active: false });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json().active).toBe(false);
    expect(await assigneeOf({ propertyId: refs.property('COP-002').id, source: 'email' })).toBe('Camille Martin');
  });

  it('when two rules match, then the one with the lower position decides', async () => {
    const heating = await categoryNamed('Chauffage');
    const ticket = { propertyId: refs.property('GER-010').id, categoryId: heating.id, categoryFields: { radiators_cold: 2 } };
    const byCategory = await createRule({ name: 'Chauffage → assistant', position: 20, categoryId: heating.id, assigneeId: refs.user('assistant@demo.gardien.test').id });
    await createRule({ name: 'Voltaire → agent', position: 10, propertyId: refs.property('GER-010').id, assigneeId: agentId });
    expect(await assigneeOf(ticket)).toBe('Settings agent');

    const moved = await t.call(admin, 'PATCH', `/api/v1/routing-rules/${byCategory.id}`, { position: 5 });
    expect(moved.json().position).toBe(5);
    expect(await assigneeOf(ticket)).toBe('Julien Bernard');
    // Without the category, only the property rule matches.
    expect(await assigneeOf({ propertyId: refs.property('GER-010').id })).toBe('Settings agent');

    const list = (await t.call(manager, 'GET', '/api/v1/routing-rules')).json().items.map((r: { name: string }) => r.name);
    expect(list).toEqual(expect.arrayContaining(['Chauffage → assistant', 'Voltaire → agent', 'Ascenseurs → assistant']));
  });

  it('when a rule has no criterion, or would lose its last one, then 400 says why', async () => {
    const assigneeId = refs.user('manager@demo.gardien.test').id;
    for (const body of [{ name: 'Tout', assigneeId }, { name: 'Tout', assigneeId, propertyId: null, categoryId: null, source: null }]) {
      const response = await t.call(admin, 'POST', '/api/v1/routing-rules', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        message: 'A routing rule needs at least one criterion (a property, a category or a source): a rule that matches every ticket is not allowed.',
      });
    }
    const rule = await createRule({ name: 'Téléphone → gestionnaire', source: 'phone', assigneeId, active: false });
    const cleared = await t.call(admin, 'PATCH', `/api/v1/routing-rules/${rule.id}`, { source: null });
    expect(cleared.statusCode).toBe(400);
    expect(cleared.json().error.code).toBe('validation_failed');
    const swapped = await t.call(admin, 'PATCH', `/api/v1/routing-rules/${rule.id}`, { source: null, propertyId: refs.property('GER-011').id });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect(swapped.json()).toMatchObject({ source: null, propertyId: refs.property('GER-011').id, active: false });

    const badSource = await t.call(admin, 'POST', '/api/v1/routing-rules', { name: 'Fax', source: 'fax', assigneeId });
    expect(badSource.statusCode).toBe(400);
    const badPosition = await t.call(admin, 'POST', '/api/v1/routing-rules', { name: 'Demi', source: 'sms', position: 1.5, assigneeId });
    expect(badPosition.statusCode).toBe(400);
  });

  it('when a rule names an unknown property or category, or a user who does not work tickets, then 422 names the field', async () => {
    const other = (await findOrganizationBySlug(t.ctx.db, OTHER_ORG_SLUG))!;
    const otherManager = await t.login(OTHER_MANAGER_EMAIL);
    const otherProperty = (await t.call(otherManager, 'GET', '/api/v1/properties')).json().items[0].id;
    const otherUser = (await t.call(otherManager, 'GET', '/api/v1/users')).json().items[0].id;
    expect(other.id).toBeTruthy();
    const nuisibles = (await categoryNamed('Nuisibles')).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ propertyId: otherProperty, assigneeId: agentId }, 'propertyId'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000', assigneeId: agentId }, 'categoryId'],
      [{ categoryId: nuisibles, assigneeId: otherUser }, 'assigneeId'],
      [{ categoryId: nuisibles, assigneeId: refs.user('admin@demo.gardien.test').id }, 'assigneeId'],
    ];
    for (const [body, field] of cases) {
      const response = await t.call(admin, 'POST', '/api/v1/routing-rules', { name: 'Mauvaise', ...body });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'unknown_reference', details: { field } });
    }
    // An external agent may receive tickets from a rule.
    const externalId = (await t.call(admin, 'GET', '/api/v1/users?limit=200')).json().items.find((u: { email: string }) => u.email === 'externalagent@settings.test').id;
    await createRule({ name: 'Nuisibles → prestataire de service', categoryId: nuisibles, assigneeId: externalId, active: false });
  });

  it('when staff without routing rights write rules, then 403; readers of master data read them, external agents do not', async () => {
    const rule = (await t.call(admin, 'GET', '/api/v1/routing-rules')).json().items[0];
    const body = { name: 'Interdite', source: 'sms', assigneeId: agentId };
    for (const cookie of [manager, cookies.appAdminOnly, cookies.agent, cookies.externalAgent]) {
      expect((await t.call(cookie, 'POST', '/api/v1/routing-rules', body)).statusCode).toBe(403);
      expect((await t.call(cookie, 'PATCH', `/api/v1/routing-rules/${rule.id}`, { active: false })).statusCode).toBe(403);
    }
    for (const cookie of [manager, cookies.appAdminOnly, cookies.agent, cookies.masterDataAdminOnly]) {
      expect((await t.call(cookie, 'GET', '/api/v1/routing-rules')).statusCode).toBe(200);
      expect((await t.call(cookie, 'GET', `/api/v1/routing-rules/${rule.id}`)).statusCode).toBe(200);
    }
    expect((await t.call(cookies.externalAgent, 'GET', '/api/v1/routing-rules')).statusCode).toBe(403);
    expect((await t.call(cookies.masterDataAdminOnly, 'PATCH', `/api/v1/routing-rules/${rule.id}`, { position: 10 })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/routing-rules' })).statusCode).toBe(401);
  });
});

describe('agencies are sealed from each other', () => {
  it('when another agency has a rule that would match everything of its own, then it never applies to the demo agency, and ids cross no border', async () => {
    const otherManager = await t.login(OTHER_MANAGER_EMAIL);
    const other = (await findOrganizationBySlug(t.ctx.db, OTHER_ORG_SLUG))!;
    await createUser(t.ctx, other.id, { email: 'admin@autre-agence.test', name: 'Autre Admin', roles: ['app_admin'], password: PASSWORD });
    const otherAdmin = await t.login('admin@autre-agence.test', PASSWORD);
    const otherCategory = await t.call(otherAdmin, 'POST', '/api/v1/categories', { name: 'Ascenseur en panne' });
    expect(otherCategory.statusCode, otherCategory.body).toBe(201);
    const otherManagerId = (await t.call(otherManager, 'GET', '/api/v1/users')).json().items.find((u: { email: string }) => u.email === OTHER_MANAGER_EMAIL).id;
    const otherRule = await createRule({ name: 'Tout ce qui vient du personnel', position: 0, source: 'staff', assigneeId: otherManagerId }, otherManager);
    await createRule({ name: 'Ascenseurs ailleurs', position: 0, categoryId: otherCategory.json().id, assigneeId: otherManagerId }, otherManager);

    // The demo agency's tickets ignore them: no rule → the property's manager; elevator → the demo rule.
    expect(await assigneeOf({ propertyId: refs.property('COP-001').id, source: 'staff' })).toBe('Camille Martin');
    expect(await assigneeOf({ propertyId: refs.property('COP-001').id, categoryId: (await categoryNamed('Ascenseur en panne')).id })).toBe('Julien Bernard');
    // A demo ticket cannot use the other agency's category.
    const foreign = await createTicket({ propertyId: refs.property('COP-001').id, categoryId: otherCategory.json().id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details).toEqual({ field: 'categoryId' });

    // Each agency lists only its own.
    expect((await categories(otherManager)).map((c) => c.name)).toEqual(['Ascenseur en panne']);
    expect((await t.call(otherManager, 'GET', '/api/v1/routing-rules')).json().items.map((r: { name: string }) => r.name)).toEqual(['Ascenseurs ailleurs', 'Tout ce qui vient du personnel']);
    expect((await t.call(admin, 'GET', '/api/v1/routing-rules?limit=200')).json().items.map((r: { id: string }) => r.id)).not.toContain(otherRule.id);

    // Ids of the other side are 404, read or written.
    const demoCategory = (await categoryNamed('Chauffage')).id;
    const demoRule = (await t.call(admin, 'GET', '/api/v1/routing-rules')).json().items[0].id;
    expect((await t.call(otherManager, 'GET', `/api/v1/categories/${demoCategory}`)).statusCode).toBe(404);
    expect((await t.call(otherAdmin, 'PATCH', `/api/v1/categories/${demoCategory}`, { name: 'Volée' })).statusCode).toBe(404);
    expect((await t.call(otherManager, 'GET', `/api/v1/routing-rules/${demoRule}`)).statusCode).toBe(404);
    expect((await t.call(otherManager, 'PATCH', `/api/v1/routing-rules/${demoRule}`, { active: false })).statusCode).toBe(404);
    expect((await t.call(admin, 'GET', `/api/v1/routing-rules/${otherRule.id}`)).statusCode).toBe(404);
    expect((await t.call(admin, 'PATCH', `/api/v1/routing-rules/${otherRule.id}`, { active: false })).statusCode).toBe(404);
    expect((await t.call(admin, 'GET', `/api/v1/categories/${otherCategory.json().id}`)).statusCode).toBe(404);
    // Nor may a rule of one agency name the other's category, property or staff.
    const crossing = await t.call(otherManager, 'POST', '/api/v1/routing-rules', { name: 'Volée', categoryId: demoCategory, assigneeId: otherManagerId });
    expect(crossing.statusCode).toBe(422);
    expect(crossing.json().error.details).toEqual({ field: 'categoryId' });
    const crossingUser = await t.call(otherManager, 'POST', '/api/v1/routing-rules', { name: 'Volée', source: 'sms', assigneeId: refs.user('manager@demo.gardien.test').id });
    expect(crossingUser.json().error.details).toEqual({ field: 'assigneeId' });
  });
});
