// Every role against every route family: allowed where src/domain/roles.ts says, 403 elsewhere,
// 401 without sign-in. And nobody reaches another agency's records: always 404.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug, findUserByEmail } from '../../src/db/repositories/users.ts';
import { verifyPassword } from '../../src/auth/passwords.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { demoRefs } from '../support/tickets.ts';

let t: TestApp;
const cookies = {} as Record<Role, string>;
const ids = {} as Record<'property' | 'unit' | 'person' | 'contractor' | 'user', string>;

beforeAll(async () => {
  t = await createTestApp();
  const demo = await findOrganizationBySlug(t.ctx.db, 'demo');
  for (const role of ROLES) {
    const email = `${role}@roles.test`;
    await createUser(t.ctx, demo!.id, { email, name: `Role ${role}`, roles: [role], password: 'role-password-1' });
    cookies[role] = await t.login(email, 'role-password-1');
  }
  const admin = cookies.master_data_admin;
  for (const [key, path] of [['property', 'properties'], ['unit', 'units'], ['person', 'persons'], ['contractor', 'contractors'], ['user', 'users']] as const) {
    ids[key] = (await t.call(admin, 'GET', `/api/v1/${path}?limit=1`)).json().items[0].id;
  }
});
afterAll(() => t?.close());

const READ_MASTER: Role[] = ['manager', 'assistant', 'agent', 'app_admin', 'master_data_admin'];
const WRITE_MASTER: Role[] = ['master_data_admin'];
const WRITE_USERS: Role[] = ['app_admin'];
/** Letting residents into the portal: managers and assistants for their buildings, master-data admins. */
const INVITE_RESIDENTS: Role[] = ['manager', 'assistant', 'master_data_admin'];

const families: { name: string; allowed: Role[]; request: () => [string, string, unknown?] }[] = [
  { name: 'GET /me', allowed: [...ROLES], request: () => ['GET', '/api/v1/me'] },
  { name: 'POST /tokens', allowed: [...ROLES], request: () => ['POST', '/api/v1/tokens', { name: 'x' }] },
  ...(['properties', 'units', 'persons', 'contractors'] as const).flatMap((path) => [
    { name: `GET /${path}`, allowed: READ_MASTER, request: (): [string, string] => ['GET', `/api/v1/${path}`] },
    { name: `GET /${path}/:id`, allowed: READ_MASTER, request: (): [string, string] => ['GET', `/api/v1/${path}/${ids[singular(path)]}`] },
    { name: `PATCH /${path}/:id`, allowed: WRITE_MASTER, request: (): [string, string, unknown] => ['PATCH', `/api/v1/${path}/${ids[singular(path)]}`, patchFor(path)] },
  ]),
  { name: 'POST /properties', allowed: WRITE_MASTER, request: () => ['POST', '/api/v1/properties', { name: 'P', kind: 'building', module: 'gerance', addressLine: '1 rue', postalCode: '75001', city: 'Paris' }] },
  { name: 'GET /users', allowed: READ_MASTER, request: () => ['GET', '/api/v1/users'] },
  { name: 'PATCH /users/:id', allowed: WRITE_USERS, request: () => ['PATCH', `/api/v1/users/${ids.user}`, { language: 'fr' }] },
  { name: 'POST /users/:id/password-reset', allowed: WRITE_USERS, request: () => ['POST', `/api/v1/users/${ids.user}/password-reset`] },
  { name: 'POST /users/:id/revoke-sessions', allowed: WRITE_USERS, request: () => ['POST', `/api/v1/users/${ids.user}/revoke-sessions`] },
  { name: 'GET /portal-residents', allowed: READ_MASTER, request: () => ['GET', '/api/v1/portal-residents'] },
  { name: 'POST /units/:id/portal-code', allowed: INVITE_RESIDENTS, request: () => ['POST', `/api/v1/units/${ids.unit}/portal-code`] },
  { name: 'GET /properties/:id/invitation-letters.pdf', allowed: INVITE_RESIDENTS, request: () => ['GET', `/api/v1/properties/${ids.property}/invitation-letters.pdf`] },
  { name: 'POST /persons/:id/portal-preview', allowed: ['manager', 'assistant', 'agent', 'external_agent'], request: () => ['POST', `/api/v1/persons/${ids.person}/portal-preview`] },
  { name: 'POST /pre-tickets', allowed: ['manager', 'assistant', 'agent', 'external_agent'], request: () => ['POST', '/api/v1/pre-tickets', { inspection: { propertyId: ids.property }, notes: [{ subject: 'Constat', description: 'Vu en visite' }] }] },
];

function singular(path: 'properties' | 'units' | 'persons' | 'contractors') {
  return ({ properties: 'property', units: 'unit', persons: 'person', contractors: 'contractor' } as const)[path];
}
function patchFor(path: string) {
  return path === 'units' ? { floor: '2e' } : { name: `Renamed ${path}` };
}

describe('role enforcement', () => {
  for (const family of families) {
    it(`when each role calls ${family.name}, then only ${family.allowed.join(', ')} may`, async () => {
      const outcome: Record<string, number> = {};
      for (const role of ROLES) {
        const [method, url, payload] = family.request();
        outcome[role] = (await t.call(cookies[role], method, url, payload)).statusCode;
      }
      for (const role of ROLES) {
        if (family.allowed.includes(role)) expect(outcome[role], role).toBeLessThan(300);
        else expect(outcome[role], role).toBe(403);
      }
      const [method, url, payload] = family.request();
      const anonymous = await t.app.inject({ method: method as 'GET', url, ...(payload ? { payload: payload as object } : {}) });
      expect(anonymous.statusCode).toBe(401);
    });
  }
});

describe('user administration', () => {
  const meOf = async (cookie: string) => (await t.call(cookie, 'GET', '/api/v1/me')).json().user as { id: string; roles: string[] };

  it('when a master-data admin gives itself every role or creates an app admin, then it is refused 403 and nothing changes', async () => {
    const self = await meOf(cookies.master_data_admin);
    const raise = await t.call(cookies.master_data_admin, 'PATCH', `/api/v1/users/${self.id}`, { roles: ['master_data_admin', 'app_admin', 'manager'] });
    expect(raise.statusCode).toBe(403);
    const create = await t.call(cookies.master_data_admin, 'POST', '/api/v1/users', { email: 'mda-made@roles.test', name: 'Made', roles: ['app_admin'] });
    expect(create.statusCode).toBe(403);
    expect((await meOf(cookies.master_data_admin)).roles).toEqual(['master_data_admin']);
  });

  it('when an app admin changes its own roles, then it is refused 403, even to drop one', async () => {
    const self = await meOf(cookies.app_admin);
    for (const roles of [['app_admin', 'manager'], ['app_admin', 'master_data_admin']]) {
      const response = await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${self.id}`, { roles });
      expect(response.statusCode, roles.join()).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    expect((await meOf(cookies.app_admin)).roles).toEqual(['app_admin']);
    // Other fields of one's own account stay open.
    expect((await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${self.id}`, { language: 'en', roles: ['app_admin'] })).statusCode).toBe(200);
  });

  it('when an app admin gives a role it does not hold, then it is refused; a role it holds is given', async () => {
    const created = await t.call(cookies.app_admin, 'POST', '/api/v1/users', { email: 'made-by-app-admin@roles.test', name: 'Nouvel Admin', roles: ['app_admin'] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const manager = await t.call(cookies.app_admin, 'POST', '/api/v1/users', { email: 'manager-by-app-admin@roles.test', name: 'Gestionnaire', roles: ['manager'] });
    expect(manager.statusCode).toBe(403);
    expect(manager.json().error.details).toMatchObject({ field: 'roles', rule: 'role_not_held' });
    const raise = await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${id}`, { roles: ['app_admin', 'master_data_admin'] });
    expect(raise.statusCode).toBe(403);
    // Taking away a role one does not hold is refused too: a manager's role is not the app admin's to remove.
    const managerId = (await meOf(cookies.manager)).id;
    expect((await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${managerId}`, { roles: ['manager', 'agent'] })).statusCode).toBe(403);
    expect((await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${managerId}`, { roles: ['agent'] })).statusCode).toBe(403);
    expect((await meOf(cookies.manager)).roles).toEqual(['manager']);
  });

  it('when an admin tries to set another user\u2019s password, then the field is refused and the old password still signs in', async () => {
    const managerId = (await meOf(cookies.manager)).id;
    const response = await t.call(cookies.app_admin, 'PATCH', `/api/v1/users/${managerId}`, { password: 'taken-over-1' });
    expect(response.statusCode).toBe(400);
    const stored = await findUserByEmail(t.ctx.db, 'manager@roles.test');
    expect(await verifyPassword(stored!.passwordHash, 'role-password-1')).toBe(true);
    expect((await t.call(cookies.manager, 'GET', '/api/v1/me')).statusCode).toBe(200);
  });
});

describe('organizations are sealed from each other', () => {
  it('when a user of another agency asks for the demo agency\u2019s records by id, then each answers 404', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    for (const [key, path] of [['property', 'properties'], ['unit', 'units'], ['person', 'persons'], ['contractor', 'contractors'], ['user', 'users']] as const) {
      const get = await t.call(other, 'GET', `/api/v1/${path}/${ids[key]}`);
      expect(get.statusCode, path).toBe(404);
      expect(get.json().error.code).toBe('not_found');
      const patch = await t.call(other, 'PATCH', `/api/v1/${path}/${ids[key]}`, key === 'unit' ? { floor: 'x' } : key === 'user' ? { language: 'en' } : { name: 'Hijacked' });
      expect(patch.statusCode, `PATCH ${path}`).toBe(404);
    }
  });

  it('when a user of another agency lists, then only their own records come back', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const properties = (await t.call(other, 'GET', '/api/v1/properties')).json().items;
    expect(properties.map((p: { name: string }) => p.name)).toEqual(['Résidence Ailleurs']);
    const contractors = (await t.call(other, 'GET', '/api/v1/contractors')).json().items;
    expect(contractors.map((c: { name: string }) => c.name)).toEqual(['Plombier Ailleurs']);
  });

  it('when a record names another agency\u2019s property or user, then it is refused as unknown_reference', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const unit = await t.call(other, 'POST', '/api/v1/units', { propertyId: ids.property, reference: 'STOLEN' });
    expect(unit.statusCode).toBe(422);
    expect(unit.json().error.code).toBe('unknown_reference');
    const property = await t.call(other, 'POST', '/api/v1/properties', {
      name: 'P', kind: 'building', module: 'gerance', addressLine: '1 rue', postalCode: '13001', city: 'Marseille', managerId: ids.user,
    });
    expect(property.statusCode).toBe(422);
  });
});

describe('an assistant works the tickets of the properties they assist and those assigned to them', () => {
  let manager: string;
  let assistant: string;
  let assistantId: string;
  const made = {} as Record<'assisted' | 'assigned' | 'other', number>;

  beforeAll(async () => {
    // The role users signed in above (sign-ins from one address are limited).
    manager = cookies.manager;
    assistant = cookies.assistant;
    const refs = await demoRefs(t, manager);
    assistantId = (await t.call(assistant, 'GET', '/api/v1/me')).json().user.id;
    const tilleuls = refs.property('COP-001').id;
    const voltaire = refs.property('GER-010').id;
    const patched = await t.call(cookies.master_data_admin, 'PATCH', `/api/v1/properties/${tilleuls}`, { assistantId });
    expect(patched.statusCode, patched.body).toBe(200);
    const create = async (key: keyof typeof made, body: Record<string, unknown>) => {
      const response = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', contractors: [{ contractorId: refs.contractor('F-001').id }], ...body });
      expect(response.statusCode, response.body).toBe(201);
      made[key] = response.json().number;
    };
    await create('assisted', { propertyId: tilleuls, subject: 'Porte du hall qui grince', description: 'Secret du hall' });
    await create('assigned', { propertyId: voltaire, subject: 'Interphone muet', assigneeId: assistantId });
    await create('other', { propertyId: voltaire, subject: 'Dégât des eaux au 3e', description: 'Secret du 3e' });
  });

  const listed = async (who: string) => {
    const response = await t.call(who, 'GET', '/api/v1/tickets?scope=all&limit=100');
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { number: number }[]).map((i) => i.number);
  };

  it('when the assistant opens a ticket of an assisted property or one assigned to them, then it shows', async () => {
    expect((await t.call(assistant, 'GET', `/api/v1/tickets/${made.assisted}`)).statusCode).toBe(200);
    expect((await t.call(assistant, 'GET', `/api/v1/tickets/${made.assigned}`)).statusCode).toBe(200);
    const note = await t.call(assistant, 'POST', `/api/v1/tickets/${made.assisted}/actions`, { action: 'internal_note', body: '<p>Vu</p>' });
    expect(note.statusCode, note.body).toBeLessThan(300);
  });

  it('when the assistant reads the outbox, then only the messages of their tickets show, and another ticket\u2019s filter answers 404', async () => {
    const numbersIn = async (who: string, url: string) => {
      const response = await t.call(who, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      return new Set((response.json().items as { ticketNumber: number | null }[]).map((m) => m.ticketNumber));
    };
    const theirs = await numbersIn(assistant, '/api/v1/outbox?limit=100');
    expect(theirs.has(made.assisted)).toBe(true);
    expect(theirs.has(made.assigned)).toBe(true);
    expect(theirs.has(made.other)).toBe(false);
    expect(theirs.has(null)).toBe(false);
    expect((await numbersIn(manager, '/api/v1/outbox?limit=100')).has(made.other)).toBe(true);
    expect((await t.call(assistant, 'GET', `/api/v1/outbox?ticket=${made.other}`)).statusCode).toBe(404);
  });

  it('when the assistant asks for any other ticket, then it answers 404 like another agency\u2019s, for reading and for working it', async () => {
    for (const [method, url, payload] of [
      ['GET', `/api/v1/tickets/${made.other}`],
      ['GET', `/api/v1/tickets/${made.other}/events`],
      ['POST', `/api/v1/tickets/${made.other}/actions`, { action: 'internal_note', body: '<p>Intrus</p>' }],
      ['POST', `/api/v1/tickets/${made.other}/read`],
    ] as [string, string, unknown?][]) {
      const response = await t.call(assistant, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(response.body).not.toContain('Secret du 3e');
    }
    const reassign = await t.call(assistant, 'POST', '/api/v1/tickets/reassign', { numbers: [made.other], assigneeId: assistantId });
    expect(reassign.json()).toMatchObject({ reassigned: [], failed: [{ number: made.other, code: 'not_found' }] });
    const after = (await t.call(manager, 'GET', `/api/v1/tickets/${made.other}`)).json();
    expect(after.assignee?.id).not.toBe(assistantId);
  });

  it('when the assistant lists tickets or searches, then only those of their scope come back', async () => {
    const numbers = await listed(assistant);
    expect(numbers).toEqual(expect.arrayContaining([made.assisted, made.assigned]));
    expect(numbers).not.toContain(made.other);
    const everything = await listed(manager);
    expect(everything).toEqual(expect.arrayContaining([made.assisted, made.assigned, made.other]));
    const search = await t.call(assistant, 'GET', '/api/v1/tickets?scope=all&q=d%C3%A9g%C3%A2t');
    expect((search.json().items as { number: number }[]).map((i) => i.number)).not.toContain(made.other);
  });

  it('when the agency lets assistants see every ticket, then the assistant sees and lists them all', async () => {
    const admin = cookies.app_admin;
    const on = await t.call(admin, 'PATCH', '/api/v1/settings', { assistantsSeeAllTickets: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().settings.assistantsSeeAllTickets).toBe(true);
    expect((await t.call(assistant, 'GET', `/api/v1/tickets/${made.other}`)).statusCode).toBe(200);
    expect(await listed(assistant)).toEqual(expect.arrayContaining([made.assisted, made.assigned, made.other]));
    await t.call(admin, 'PATCH', '/api/v1/settings', { assistantsSeeAllTickets: false });
    expect((await t.call(assistant, 'GET', `/api/v1/tickets/${made.other}`)).statusCode).toBe(404);
  });

});

describe('the demo assistant', () => {
  it('when the demo assistant lists tickets, then only those of the co-ownerships they assist and those assigned to them come back', async () => {
    const manager = cookies.manager;
    const refs = await demoRefs(t, manager);
    const demoAssistantId = refs.user('assistant@demo.gardien.test').id;
    const numbers: Record<'closSaintJean' | 'voltaire' | 'routed', number> = { closSaintJean: 0, voltaire: 0, routed: 0 };
    for (const [key, property, assigneeId] of [['closSaintJean', 'COP-002', null], ['voltaire', 'GER-010', null], ['routed', 'GER-011', demoAssistantId]] as const) {
      const created = await t.call(manager, 'POST', '/api/v1/tickets', {
        type: 'ODS', propertyId: refs.property(property).id, subject: `Demo ${key}`, contractors: [{ contractorId: refs.contractor('F-001').id }], ...(assigneeId ? { assigneeId } : {}),
      });
      expect(created.statusCode, created.body).toBe(201);
      numbers[key] = created.json().number;
    }
    const demoAssistant = await t.login('assistant@demo.gardien.test');
    const listed = ((await t.call(demoAssistant, 'GET', '/api/v1/tickets?scope=all&limit=100')).json().items as { number: number }[]).map((i) => i.number);
    expect(listed).toEqual(expect.arrayContaining([numbers.closSaintJean, numbers.routed]));
    expect(listed).not.toContain(numbers.voltaire);
  });
});
