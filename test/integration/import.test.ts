// The CSV import as an agency uses it: files of each kind through POST /api/v1/imports/:kind,
// checked by reading the API's lists back; bad files refused line by line with nothing written;
// the other agency never touched; and `gardien import` as a child process.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';
import { testDatabaseKind, postgresAdminUrl, databaseUrl } from '../support/test-env.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { ROLES } from '../../src/domain/roles.ts';
import { propertiesRepository, unitsRepository } from '../../src/db/repositories/master-data.ts';
import { planImport } from '../../src/importing/plan-import.ts';
import { applyImport } from '../../src/importing/apply-import.ts';
import { unitsImport } from '../../src/importing/kinds/units.ts';
import { DomainError } from '../../src/domain/errors.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

type Row = Record<string, unknown> & { id: string };
interface ImportAnswer {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: { line: number; action: string; key: string; changes: { field: string; from: string | null; to: string | null }[] }[];
}
interface ErrorAnswer {
  error: { code: string; message: string; details: { errors: { line: number; field: string | null; message: string }[] } };
}

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(() => t?.close());

/** Posts a file; its errors come in English unless `lang` says otherwise (null: the user's language). */
function importFile(kind: string, csv: Buffer | string, options: { dryRun?: boolean; cookie?: string; lang?: 'fr' | 'en' | null } = {}) {
  const lang = options.lang === undefined ? 'en' : options.lang;
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${kind}?dryRun=${options.dryRun ?? false}${lang ? `&lang=${lang}` : ''}`,
    headers: { cookie: options.cookie ?? admin, 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
}

async function imported(kind: string, csv: Buffer | string, dryRun = false): Promise<ImportAnswer> {
  const response = await importFile(kind, csv, { dryRun });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportAnswer;
}

async function refused(kind: string, csv: Buffer | string, lang?: 'fr' | 'en' | null) {
  const response = await importFile(kind, csv, { lang });
  expect(response.statusCode, response.body).toBe(422);
  const body = response.json() as ErrorAnswer;
  expect(body.error.code).toBe('import_invalid');
  return body.error.details.errors;
}

async function list(path: string, cookie = admin): Promise<Row[]> {
  const response = await t.call(cookie, 'GET', `/api/v1/${path}${path.includes('?') ? '&' : '?'}limit=200`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Row[] }).items;
}

const byRef = (rows: Row[], ref: string) => rows.find((row) => row.externalRef === ref);

/** Everything an agency's staff can see of its master data, to prove that nothing changed. */
async function snapshot(cookie = admin) {
  const paths = ['properties', 'units', 'persons', 'contractors', 'users'];
  return Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await list(p, cookie)] as const)));
}

describe('a good file of each kind', () => {
  it('when a properties file is imported, then its properties are created with their staff, and a second import changes nothing', async () => {
    const csv = fixture('properties-good.csv');
    const answer = await imported('properties', csv);
    expect(answer).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 0 });
    expect(answer.rows.map((r) => [r.line, r.action, r.key])).toEqual([[2, 'create', 'COP-100'], [3, 'create', 'GER-100']]);

    const users = await list('users');
    const idOf = (email: string) => users.find((u) => u.email === email)!.id;
    const properties = await list('properties');
    expect(byRef(properties, 'COP-100')).toMatchObject({
      name: 'Résidence du Parc', kind: 'coownership', module: 'syndic', addressLine: '3 allée du Parc', postalCode: '69006',
      city: 'Lyon', country: 'FR', managerId: idOf('manager@demo.gardien.test'), assistantId: idOf('assistant@demo.gardien.test'),
    });
    expect(byRef(properties, 'GER-100')).toMatchObject({
      name: 'Immeuble Gambetta, bâtiment B', addressLine: '10, cours Gambetta', managerId: idOf('manager@demo.gardien.test'), assistantId: null,
    });

    expect(await imported('properties', csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when a units file is imported, then the units list under their properties, and a second import changes nothing', async () => {
    const csv = fixture('units-good.csv');
    expect(await imported('units', csv)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const properties = await list('properties');
    const unitsOf = (ref: string) => list(`units?propertyId=${byRef(properties, ref)!.id}`);
    expect((await unitsOf('COP-001')).find((u) => u.reference === 'A31')).toMatchObject({ floor: '3e', description: 'T2 sous combles' });
    expect((await unitsOf('GER-010')).find((u) => u.reference === 'V4')).toMatchObject({ floor: '4e', description: null });
    expect(await imported('units', csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when a persons file is imported, then the persons have all their emails and phones, and a second import changes nothing', async () => {
    const csv = fixture('persons-good.csv');
    expect(await imported('persons', csv)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const persons = await list('persons');
    expect(byRef(persons, 'P-100')).toMatchObject({
      name: 'Lucie Garnier', emails: ['lucie.garnier@example.fr', 'lucie@garnier.example.fr'], phones: ['+33 6 11 22 33 44'], language: 'fr',
    });
    expect(byRef(persons, 'P-101')).toMatchObject({ name: 'John Smith', emails: ['john.smith@example.com'], phones: [], language: 'en' });
    expect(await imported('persons', csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when a relations file is imported, then each person holds the new unit or council relation, and a second import changes nothing', async () => {
    const csv = fixture('relations-good.csv');
    expect(await imported('relations', csv)).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const [persons, properties] = await Promise.all([list('persons'), list('properties')]);
    const cop001 = byRef(properties, 'COP-001')!.id;
    const units = await list(`units?propertyId=${cop001}`);
    const relationsOf = (ref: string) => byRef(persons, ref)!.relations as Row[];
    expect(relationsOf('P-003')).toContainEqual(expect.objectContaining({
      kind: 'co_owner', propertyId: cop001, unitId: units.find((u) => u.reference === 'A21')!.id, startsOn: '2026-01-01', endsOn: null,
    }));
    expect(relationsOf('P-004')).toContainEqual(expect.objectContaining({ kind: 'council_member', propertyId: cop001, unitId: null, startsOn: '2024-05-01' }));
    expect(relationsOf('P-013')).toContainEqual(expect.objectContaining({ kind: 'tenant', startsOn: '2019-01-01', endsOn: '2020-08-31' }));
    expect(await imported('relations', csv)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('when a contractors file is imported, then the contractors have their trades, emails and channels, and a second import changes nothing', async () => {
    const csv = fixture('contractors-good.csv');
    expect(await imported('contractors', csv)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const contractors = await list('contractors');
    expect(byRef(contractors, 'F-011')).toMatchObject({
      name: 'Jardins du Rhône', trades: ['gardening', 'cleaning'],
      emails: ['contact@jardins-rhone.example.fr', 'devis@jardins-rhone.example.fr'], phones: ['+33 4 78 12 12 12'],
      preferredChannels: ['email', 'sms'], language: 'fr', notes: "Clés à retirer à l'agence, le matin",
    });
    expect(byRef(contractors, 'F-012')).toMatchObject({ name: 'Glass & Co', trades: ['glazing'], language: 'en', notes: null });
    expect(await imported('contractors', csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when a users file is imported, then the users exist with their roles but cannot sign in without a password', async () => {
    const csv = fixture('users-good.csv');
    // Roles are given only by someone who holds them (src/domain/roles.ts): the demo admin holds
    // neither agent nor assistant, so the file is refused line by line, and nothing is written.
    const byAdmin = await importFile('users', csv);
    expect(byAdmin.statusCode).toBe(422);
    expect(byAdmin.json().error.details.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([[2, 'roles'], [3, 'roles']]);
    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    await createUser(t.ctx, organizationId, { email: 'direction@demo.gardien.test', name: 'Direction', roles: [...ROLES], password: 'direction-password-1' });
    const director = await t.login('direction@demo.gardien.test', 'direction-password-1');
    const first = await importFile('users', csv, { cookie: director });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const users = await list('users');
    expect(users.find((u) => u.email === 'agent@demo.gardien.test')).toMatchObject({ name: 'Paul Agent', roles: ['agent'], phone: '+33 6 99 88 77 66' });
    expect(users.find((u) => u.email === 'compta@demo.gardien.test')).toMatchObject({ roles: ['assistant', 'agent'], language: 'en', phone: null });
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'agent@demo.gardien.test', password: 'gardien-demo' } });
    expect(signIn.statusCode).toBe(401);
    expect((await importFile('users', csv, { cookie: director })).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });
});

describe('changes and dry runs', () => {
  it('when some cells differ from what is stored, then those rows are updated with exactly the changed fields', async () => {
    const answer = await imported('contractors', fixture('contractors-changed.csv'));
    expect(answer).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    // The trades are the same set in another order, and empty cells are "not given": neither is a change.
    expect(answer.rows[0]).toEqual({
      line: 2, action: 'update', key: 'F-001',
      changes: [
        { field: 'name', from: 'Plomberie Dupuis', to: 'Plomberie Dupuis & Fils' },
        { field: 'phones', from: '+33 4 65 71 22 33|+33 6 39 98 22 33', to: '+33 4 65 71 22 33|+33 6 39 98 22 34' },
      ],
    });
    expect(answer.rows[1]).toEqual({ line: 3, action: 'unchanged', key: 'F-002', changes: [] });
    expect(byRef(await list('contractors'), 'F-001')).toMatchObject({
      name: 'Plomberie Dupuis & Fils', phones: ['+33 4 65 71 22 33', '+33 6 39 98 22 34'], trades: ['plumbing', 'heating'],
      emails: ['contact@plomberie-dupuis.example.test', 'urgences@plomberie-dupuis.example.test'],
    });
  });

  it('when a relation comes with a new end date, then its period is updated and no second relation appears', async () => {
    const answer = await imported('relations', fixture('relations-period.csv'));
    expect(answer).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(answer.rows[0]!.changes).toEqual([{ field: 'ends_on', from: '2025-10-31', to: '2025-12-31' }]);
    const tenancies = (byRef(await list('persons'), 'P-007')!.relations as Row[]).filter((r) => r.kind === 'tenant');
    expect(tenancies).toEqual([expect.objectContaining({ startsOn: '2021-11-01', endsOn: '2025-12-31' })]);
  });

  it('when a file is imported as a dry run, then the report says what would change and nothing is written', async () => {
    const before = await snapshot();
    const answer = await imported('contractors', fixture('contractors-dry-run.csv'), true);
    expect(answer).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0 });
    expect(answer.rows).toEqual([
      { line: 2, action: 'update', key: 'F-003', changes: [{ field: 'name', from: 'Chauffage Confort', to: 'Chauffage Confort Plus' }] },
      { line: 3, action: 'create', key: 'F-013', changes: [] },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad files', () => {
  it('when contractors have a wrong email, an unknown trade, a duplicate key and missing required cells, then every error is named and nothing is written', async () => {
    const before = await snapshot();
    const errors = await refused('contractors', fixture('contractors-bad.csv'));
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'emails'],
      [4, 'trades'],
      [5, 'external_ref'],
      [6, 'name'],
      [6, 'trades'],
    ]);
    expect(errors[0]!.message).toBe('"pas-un-email" is not a valid email address.');
    expect(errors[1]!.message).toMatch(/^"astrology" is not a known trade; the trades are Plumbing, Electricity, .*General works\.$/);
    expect(errors[2]!.message).toBe('"F-020" is already on line 2: a record may appear only once in a file.');
    expect(errors[3]!.message).toBe('The column "name" is required for a new contractor.');
    expect(await snapshot()).toEqual(before);
  });

  it('when relations name unknown records, a building\u2019s council or an end before the start, then each is named and nothing is written', async () => {
    const before = await snapshot();
    const errors = await refused('relations', fixture('relations-bad.csv'));
    expect(errors).toEqual([
      { line: 2, field: 'property_ref', message: 'No property of this agency has the external_ref "COP-999".' },
      { line: 3, field: 'ends_on', message: 'The end (2026-02-01) comes before the start (2026-03-01): a period cannot end before it starts.' },
      { line: 4, field: 'property_ref', message: '"GER-010" is not a co-ownership; only a co-ownership has an owners\u2019 council.' },
      { line: 6, field: 'person_ref', message: 'No person of this agency has the external_ref "P-999".' },
      { line: 6, field: 'unit_reference', message: 'Property "GER-010" has no unit "V9".' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('when the header lacks a required column and has an unknown one, then both are named on line 1', async () => {
    const errors = await refused('units', fixture('units-missing-column.csv'));
    expect(errors.map((e) => [e.line, e.field])).toEqual([[1, 'colour'], [1, 'reference']]);
    expect(errors[0]!.message).toBe('"colour" is not a column of a units file; its columns are property_ref, reference, floor, description.');
    expect(errors[1]!.message).toBe('The required column "reference" is missing from the header.');
  });

  it('when the file is Windows-1252 rather than UTF-8, or empty, then one clear error says so', async () => {
    const latin1 = Buffer.from('external_ref,name,trades\nF-040,Élagage Dubois,gardening\n', 'latin1');
    const [encoding, ...others] = await refused('contractors', latin1);
    expect(others).toEqual([]);
    expect(encoding).toMatchObject({ line: 2, field: null });
    expect(encoding!.message).toContain('not valid UTF-8');
    expect(await refused('contractors', '')).toEqual([{ line: 1, field: null, message: 'The file is empty: it needs a header line and at least one row.' }]);
  });
});

describe('all or nothing', () => {
  it('when a write fails halfway (the data changed since the check), then the rows already written are rolled back', async () => {
    const demo = (await findOrganizationBySlug(t.ctx.db, 'demo'))!;
    const cop002 = byRef(await list('properties'), 'COP-002')!.id;
    const plan = await planImport(t.ctx, demo.id, unitsImport, 'property_ref,reference\nCOP-002,B31\nCOP-002,B32\n', undefined, 'en');
    expect(plan.errors).toEqual([]);
    // Someone adds B32 between the check and the write.
    await unitsRepository.insert(t.ctx.db, { organizationId: demo.id, propertyId: cop002, reference: 'B32' });

    const failure = await applyImport(t.ctx, demo.id, plan).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: 'import_invalid', details: { errors: [{ line: 3, message: 'This property already has a unit with that reference.' }] } });
    const references = (await list(`units?propertyId=${cop002}`)).map((u) => u.reference);
    expect(references).toContain('B32');
    expect(references).not.toContain('B31');
  });

  it('when the file is larger than 5 MB, then it is refused with 413 before any check', async () => {
    const huge = `external_ref,name,trades\n${'F-999,x,plumbing\n'.repeat(330_000)}`;
    const response = await importFile('contractors', huge);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });
});

describe('CSV dialects', () => {
  it('when a French export uses ";", a BOM and CRLF line ends, then it imports like any other', async () => {
    const csv = fixture('persons-semicolon-bom-crlf.csv');
    // Guard: the fixture really is what a French spreadsheet writes.
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(';fr\r\n');
    const answer = await imported('persons', csv);
    expect(answer.rows.map((r) => [r.line, r.action, r.key])).toEqual([[2, 'create', 'P-110'], [3, 'create', 'P-111']]);
    const persons = await list('persons');
    expect(byRef(persons, 'P-110')).toMatchObject({ name: 'Dupont; Marie', emails: ['marie.dupont@example.fr'] });
    expect(byRef(persons, 'P-111')).toMatchObject({ name: "Société Générale d'Habitat", emails: ['contact@sgh.example.fr', 'gestion@sgh.example.fr'] });
  });

  it('when quoted cells span several lines, then rows and errors keep their physical line numbers', async () => {
    const errors = await refused('contractors', fixture('contractors-multiline-bad.csv'));
    expect(errors.map((e) => [e.line, e.field])).toEqual([[8, 'trades']]);

    const answer = await imported('contractors', fixture('contractors-multiline.csv'));
    expect(answer.rows.map((r) => [r.line, r.key])).toEqual([[2, 'F-030'], [5, 'F-031'], [6, 'F-032'], [8, 'F-033']]);
    const contractors = await list('contractors');
    expect(byRef(contractors, 'F-030')!.notes).toBe('Accès par la cour.\nCode portail : 1234\nDemander la clé au gardien.');
    expect(byRef(contractors, 'F-032')!.name).toBe('Nom "entre guillemets"');
  });
});

describe('access and isolation', () => {
  it('when importing into the demo agency, then the other agency\u2019s records are neither found, changed nor taken', async () => {
    const other = (await findOrganizationBySlug(t.ctx.db, OTHER_ORG_SLUG))!;
    const [otherProperty] = (await propertiesRepository.list(t.ctx.db, other.id, 10)).items;
    await propertiesRepository.update(t.ctx.db, other.id, otherProperty!.id, { externalRef: 'AIL-001' });
    const otherAdmin = await t.login(OTHER_MANAGER_EMAIL);
    const otherBefore = await snapshot(otherAdmin);

    // The other agency's reference is unknown here…
    expect(await refused('units', fixture('isolation-units.csv'))).toEqual([
      { line: 2, field: 'property_ref', message: 'No property of this agency has the external_ref "AIL-001".' },
    ]);
    // …so the same reference makes a new property of the demo agency, not an update of theirs.
    expect(await imported('properties', fixture('isolation-properties.csv'))).toMatchObject({ created: 1, updated: 0 });
    // An email signs in one user across agencies: theirs cannot be taken over.
    expect(await refused('users', fixture('isolation-users.csv'))).toEqual([
      { line: 2, field: 'email', message: '"manager@autre-agence.test": another user already signs in with this email.' },
    ]);
    await imported('contractors', fixture('contractors-good.csv'));

    expect(await snapshot(otherAdmin)).toEqual(otherBefore);
    expect(byRef(await list('properties'), 'AIL-001')).toMatchObject({ name: 'Résidence Importée' });
  });

  it('when a manager without the master-data role posts a file, then it is refused with 403 and nothing is written', async () => {
    const before = await snapshot();
    const manager = await t.login('manager@demo.gardien.test');
    const response = await importFile('contractors', fixture('contractors-dry-run.csv'), { cookie: manager });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await snapshot()).toEqual(before);
  });

  it('when the API is described, then the import route is in the OpenAPI document with its CSV body', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const route = document.paths['/api/v1/imports/{kind}'].post;
    expect(route.tags).toEqual(['imports']);
    expect(Object.keys(route.requestBody.content)).toEqual(['text/csv']);
    expect(Object.keys(route.responses)).toEqual(expect.arrayContaining(['200', '403', '422']));
  });
});

describe('gardien import on the command line', () => {
  const kind = testDatabaseKind();
  let dataDir: string;
  const env: Record<string, string> = {};
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gardien-import-'));
    env.DATA_DIR = dataDir;
    env.DATABASE_URL = '';
    if (kind === 'postgres') {
      // A database of its own, empty as a new installation finds it.
      const adminUrl = postgresAdminUrl();
      const name = `gardien_import_${randomBytes(5).toString('hex')}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      env.DATABASE_URL = databaseUrl(adminUrl, name);
      dropDatabase = async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      };
    }
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  });

  const gardien = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('./node_modules/.bin/node', ['src/main.ts', ...args], { env: { ...process.env, ...env }, timeout: 90_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });

  it('when a contractors file is dry-run, then it prints the report, writes nothing and exits 0; a bad file exits 1 with its errors', { timeout: 180_000 }, async () => {
    expect((await gardien('demo')).code).toBe(0);
    const good = join(FIXTURES, 'contractors-good.csv');

    const dry = await gardien('import', 'contractors', good, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run of a contractors import into Agence Démo Gardien (demo): nothing was written.');
    expect(dry.stdout).toContain('2 to create, 0 to update, 0 unchanged.');
    expect(dry.stdout).toContain('line 2: create F-011');
    expect(dry.stdout).toContain('line 3: create F-012');

    // Still nothing there: the real import creates both.
    const real = await gardien('import', 'contractors', good);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('2 created, 0 updated, 0 unchanged.');

    const bad = await gardien('import', 'contractors', join(FIXTURES, 'contractors-bad.csv'), '--dry-run');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('5 errors in the file; nothing was written.');
    expect(bad.stdout).toContain('line 3, emails: "pas-un-email" is not a valid email address.');
    expect(bad.stdout).toContain('line 5, external_ref: "F-020" is already on line 2');
    expect(bad.stderr).toContain('Nothing was imported');

    const unknownKind = await gardien('import', 'tickets', good);
    expect(unknownKind.code).toBe(1);
    expect(unknownKind.stderr).toContain('the kinds are users, properties, units, persons, relations, contractors');
  });
});
