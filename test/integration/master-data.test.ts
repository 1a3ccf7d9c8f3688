// Master data through the API: create, read, update, list page by page, with clear refusals.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(() => t?.close());

async function listAll(path: string, limit: number) {
  const names: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await t.call(admin, 'GET', `/api/v1/${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { id: string; name?: string; reference?: string }[]; nextCursor: string | null };
    names.push(...body.items.map((i) => i.name ?? i.reference ?? i.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { names, pages };
}

describe('properties and units', () => {
  it('when an admin creates a co-ownership and its units, then they read back and list under the property', async () => {
    const manager = (await t.call(admin, 'GET', '/api/v1/users')).json().items.find((u: { email: string }) => u.email === 'manager@demo.gardien.test');
    const created = await t.call(admin, 'POST', '/api/v1/properties', {
      externalRef: 'COP-099', name: 'Résidence du Parc', kind: 'coownership', module: 'syndic',
      addressLine: '3 allée du Parc', postalCode: '69006', city: 'Lyon', managerId: manager.id,
    });
    expect(created.statusCode).toBe(201);
    const property = created.json();
    expect(property).toMatchObject({ name: 'Résidence du Parc', country: 'FR', managerId: manager.id, assistantId: null });

    for (const reference of ['C01', 'C02']) {
      expect((await t.call(admin, 'POST', '/api/v1/units', { propertyId: property.id, reference, floor: '1er' })).statusCode).toBe(201);
    }
    const duplicate = await t.call(admin, 'POST', '/api/v1/units', { propertyId: property.id, reference: 'C01' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('conflict');

    const units = (await t.call(admin, 'GET', `/api/v1/units?propertyId=${property.id}`)).json();
    expect(units.items.map((u: { reference: string }) => u.reference)).toEqual(['C01', 'C02']);

    const renamed = await t.call(admin, 'PATCH', `/api/v1/properties/${property.id}`, { name: 'Résidence du Grand Parc' });
    expect(renamed.json().name).toBe('Résidence du Grand Parc');
    expect((await t.call(admin, 'GET', `/api/v1/properties/${property.id}`)).json().name).toBe('Résidence du Grand Parc');
  });

  it('when the list is read page by page, then every record comes once, in the same order as one big page', async () => {
    const all = await listAll('persons', 200);
    const paged = await listAll('persons', 3);
    expect(paged.pages).toBeGreaterThan(3);
    expect(paged.names).toEqual(all.names);
    expect(new Set(paged.names).size).toBe(paged.names.length);
  });

  it('when a name is searched, then the lists keep only what contains it, whatever the case', async () => {
    const names = async (path: string) => (await t.call(admin, 'GET', `/api/v1/${path}`)).json().items.map((i: { name: string }) => i.name);
    expect(await names('contractors?q=PLOMB')).toEqual(['Plomberie Dupuis']);
    expect(await names('persons?q=rousseau')).toEqual(['Hélène Rousseau']);
    expect(await names('properties?q=cop-002')).toEqual(['Le Clos Saint-Jean']);
    expect(await names('contractors?q=100%25')).toEqual([]);
  });

  it('when a cursor keeps its shape but not its values (a word for a date, for an id), then the lists sorted by time answer 400 invalid_cursor too', async () => {
    const manager = await t.login('manager@demo.gardien.test');
    const tampered = Buffer.from(JSON.stringify({ s: 'x', id: 'y' })).toString('base64url');
    const wrongId = Buffer.from(JSON.stringify({ s: '2026-01-01T00:00:00Z', id: 'y' })).toString('base64url');
    for (const path of ['/api/v1/news', '/api/v1/articles', '/api/v1/reports', '/api/v1/persons']) {
      for (const cursor of [tampered, wrongId]) {
        const response = await t.call(manager, 'GET', `${path}?cursor=${cursor}`);
        expect([response.statusCode, response.json().error?.code], path).toEqual([400, 'invalid_cursor']);
      }
    }
  });

  it('when a cursor is tampered with, then the list answers 400 invalid_cursor', async () => {
    const response = await t.call(admin, 'GET', '/api/v1/properties?cursor=not-a-cursor');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_cursor');
  });
});

describe('persons and their relations', () => {
  it('when a person is created with a tenancy and a council seat, then both read back with their periods', async () => {
    const properties = (await t.call(admin, 'GET', '/api/v1/properties?limit=200')).json().items;
    const tilleuls = properties.find((p: { externalRef: string }) => p.externalRef === 'COP-001');
    const unit = (await t.call(admin, 'GET', `/api/v1/units?propertyId=${tilleuls.id}`)).json().items[0];
    const created = await t.call(admin, 'POST', '/api/v1/persons', {
      name: 'Agnès Varda', emails: ['agnes@example.fr', 'a.varda@example.fr'], phones: ['+33 6 00 00 00 01'], language: 'fr',
      relations: [
        { kind: 'tenant', unitId: unit.id, startsOn: '2024-01-01' },
        { kind: 'council_member', propertyId: tilleuls.id, startsOn: '2024-06-01' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person.emails).toEqual(['agnes@example.fr', 'a.varda@example.fr']);
    expect(person.relations).toHaveLength(2);
    expect(person.relations[0]).toMatchObject({ kind: 'tenant', unitId: unit.id, propertyId: tilleuls.id, startsOn: '2024-01-01', endsOn: null });

    const tenancy = person.relations[0].id;
    const ended = await t.call(admin, 'PATCH', `/api/v1/persons/${person.id}/relations/${tenancy}`, { endsOn: '2025-12-31' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().relations[0].endsOn).toBe('2025-12-31');

    const backwards = await t.call(admin, 'PATCH', `/api/v1/persons/${person.id}/relations/${tenancy}`, { endsOn: '2023-01-01' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.code).toBe('invalid_period');
  });

  it('when a relation is inconsistent, then nothing of the person is written', async () => {
    const before = (await listAll('persons', 200)).names.length;
    const building = (await t.call(admin, 'GET', '/api/v1/properties?limit=200')).json().items.find((p: { kind: string }) => p.kind === 'building');
    const response = await t.call(admin, 'POST', '/api/v1/persons', {
      name: 'Conseil Impossible', relations: [{ kind: 'council_president', propertyId: building.id }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('unknown_reference');
    expect((await listAll('persons', 200)).names.length).toBe(before);
  });
});

describe('contractors and users', () => {
  it('when a contractor has several trades, emails and phones, then they are kept and it lists under each trade', async () => {
    const created = await t.call(admin, 'POST', '/api/v1/contractors', {
      name: 'Multi Services', trades: ['plumbing', 'locksmith'], emails: ['a@ms.example.fr', 'b@ms.example.fr'],
      phones: ['+33 4 00 00 00 00', '06 11 22 33 44'], preferredChannels: ['sms'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ trades: ['plumbing', 'locksmith'], preferredChannels: ['sms'], active: true });
    const locksmiths = (await t.call(admin, 'GET', '/api/v1/contractors?trade=locksmith')).json().items.map((c: { name: string }) => c.name);
    expect(locksmiths).toContain('Multi Services');
    expect(locksmiths).not.toContain('Plomberie Dupuis');
    const bad = await t.call(admin, 'POST', '/api/v1/contractors', { name: 'X', trades: ['astrology'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toMatch(/^trades/);
  });

  it('when an admin creates a user, then they have their roles but no password until they follow a reset link; a password field or a taken email is refused', async () => {
    const created = await t.call(admin, 'POST', '/api/v1/users', { email: 'nouvelle@demo.gardien.test', name: 'Nouvelle Gestionnaire', roles: ['app_admin'] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().roles).toEqual(['app_admin']);
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nouvelle@demo.gardien.test', password: 'long-enough-1' } });
    expect(signIn.statusCode).toBe(401);

    const taken = await t.call(admin, 'POST', '/api/v1/users', { email: 'MANAGER@demo.gardien.test', name: 'Doublon', roles: ['app_admin'] });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('email_taken');

    // An admin never chooses another user's password: the user does, through a reset link.
    const withPassword = await t.call(admin, 'POST', '/api/v1/users', { email: 'court@demo.gardien.test', name: 'Court', roles: ['app_admin'], password: 'long-enough-1' });
    expect(withPassword.statusCode).toBe(400);
  });

  it('when a user is deactivated, then their open session stops working', async () => {
    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    const created = await createUser(t.ctx, organizationId, { email: 'depart@demo.gardien.test', name: 'Départ', roles: ['assistant'], password: 'long-enough-2' });
    const cookie = await t.login('depart@demo.gardien.test', 'long-enough-2');
    await t.call(admin, 'PATCH', `/api/v1/users/${created.id}`, { active: false });
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'depart@demo.gardien.test', password: 'long-enough-2' } });
    expect(again.statusCode).toBe(401);
  });

  it('when a manager sets their own absence, then it reads back, and a past date is refused', async () => {
    const manager = await t.login('manager@demo.gardien.test');
    const users = (await t.call(manager, 'GET', '/api/v1/users')).json().items;
    const assistant = users.find((u: { email: string }) => u.email === 'assistant@demo.gardien.test');
    const until = new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString();
    const set = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: assistant.id, delegateUntil: until });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().user).toMatchObject({ delegateUserId: assistant.id, delegateUntil: until });
    const past = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: assistant.id, delegateUntil: '2020-01-01T00:00:00.000Z' });
    expect(past.statusCode).toBe(400);
    const ended = await t.call(manager, 'PUT', '/api/v1/me/delegation', { delegateUserId: null, delegateUntil: null });
    expect(ended.json().user.delegateUserId).toBeNull();
  });

  it('when a manager delegates to a colleague until a date, then it reads back', async () => {
    const users = (await t.call(admin, 'GET', '/api/v1/users')).json().items;
    const manager = users.find((u: { email: string }) => u.email === 'manager@demo.gardien.test');
    const assistant = users.find((u: { email: string }) => u.email === 'assistant@demo.gardien.test');
    const response = await t.call(admin, 'PATCH', `/api/v1/users/${manager.id}`, { delegateUserId: assistant.id, delegateUntil: '2026-12-31T18:00:00.000Z' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ delegateUserId: assistant.id, delegateUntil: '2026-12-31T18:00:00.000Z' });
    const self = await t.call(admin, 'PATCH', `/api/v1/users/${manager.id}`, { delegateUserId: manager.id });
    expect(self.statusCode).toBe(422);
  });
});
