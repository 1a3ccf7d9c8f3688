// Documents (DOMAIN.md §15), as staff and residents use them, on both databases: the tool's switch,
// folders, uploads checked by their bytes, who sees what (council, co-owners, one owner, a tenancy
// that ends), downloads and their log, a co-ownership's legal space and checklist, the daily
// digest on the test clock, and nothing of another agency reachable (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { organizations, outboxMessages, personRelations, persons } from '../../src/db/schema/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { MULTIPART_TYPE, multipartBody, type FormPart } from '../support/uploads.ts';
import { pdf, png } from '../support/documents.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';
import { startOfDay } from '../../src/domain/time-zone.ts';
import { sendDocumentDigests } from '../../src/community/documents-digest.ts';

let t: TestApp;
let refs: DemoRefs;
let manager: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1', PUBLIC_URL: 'https://gardien.example.test' });
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

/** A fresh portal session (they last hours; the digest moves the clock by days). */
const as = (ref: string) => portalSession(t, refs.person(ref).id);

async function upload(folderId: string, files: FormPart[], items?: unknown[]) {
  const parts: FormPart[] = items ? [{ field: 'items', content: JSON.stringify(items) }, ...files] : files;
  return t.app.inject({ method: 'POST', url: `/api/v1/documents/folders/${folderId}/documents`, headers: { cookie: manager, 'content-type': MULTIPART_TYPE }, payload: multipartBody(parts) });
}
async function uploadOne(folderId: string, title: string, fields: Record<string, unknown> = {}) {
  const answer = await upload(folderId, [{ field: 'files', filename: 'document.pdf', type: 'application/pdf', content: pdf() }], [{ title, ...fields }]);
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().items[0] as { id: string; url: string; title: string; documentType: string };
}
async function section(property: string, name: 'all_co_owners' | 'each_owner' | 'council') {
  const answer = await t.call(manager, 'POST', `/api/v1/documents/legal-space/${refs.property(property).id}/${name}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as { id: string; audience: unknown; legalSection: string };
}
async function folder(body: Record<string, unknown>) {
  const answer = await t.call(manager, 'POST', '/api/v1/documents/folders', body);
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json() as { id: string; audience: unknown; scope: string };
}
const portalTitles = async (cookie: string) => ((await t.call(cookie, 'GET', '/api/v1/portal/documents')).json().items as { title: string }[]).map((d) => d.title);
const portalFile = (cookie: string, id: string) => t.call(cookie, 'GET', `/api/v1/portal/documents/${id}/file`);

describe('the tool’s switch', () => {
  it('when the app admin switches documents off, then staff and residents get 404 tool_off; on again, they are back', async () => {
    const president = await as('P-001');
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { documents: { enabled: false, roles: ['manager', 'assistant'] } } });
    const staff = await t.call(manager, 'GET', '/api/v1/documents/legal-checklist');
    expect([staff.statusCode, staff.json().error.code]).toEqual([404, 'tool_off']);
    const portal = await t.call(president, 'GET', '/api/v1/portal/documents');
    expect([portal.statusCode, portal.json().error.code]).toEqual([404, 'tool_off']);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { documents: { enabled: true, roles: ['manager'] } } });
    const assistant = await t.login('assistant@demo.gardien.test');
    expect((await t.call(assistant, 'GET', '/api/v1/documents/legal-checklist')).json().error.code).toBe('tool_not_allowed');
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { documents: { enabled: true, roles: ['manager', 'assistant'] } } });
    expect((await t.call(manager, 'GET', '/api/v1/documents/legal-checklist')).statusCode).toBe(200);
    expect((await t.call(president, 'GET', '/api/v1/portal/documents')).statusCode).toBe(200);
  });
});

describe('folders and uploads', () => {
  it('when the manager drops several files into a folder, then each becomes a document with its title and type (the file name by default); a file whose bytes lie is refused 415 and none is kept', async () => {
    const building = await folder({ name: 'Immeuble Voltaire', scope: 'property', propertyId: refs.property('GER-010').id, audience: { propertyIds: [refs.property('GER-010').id] } });
    const lying = await upload(building.id, [
      { field: 'files', filename: 'plan.pdf', type: 'application/pdf', content: pdf() },
      { field: 'files', filename: 'plan.png', type: 'image/png', content: Buffer.from('MZ\x90\x00 not an image at all') },
    ]);
    expect([lying.statusCode, lying.json().error.code]).toEqual([415, 'file_type_not_allowed']);
    expect((await t.call(manager, 'GET', `/api/v1/documents/folders/${building.id}`)).json().documents).toEqual([]);

    const ok = await upload(building.id, [
      { field: 'files', filename: 'Plan_du_sous-sol.png', type: 'image/png', content: png() },
      { field: 'files', filename: 'avis.pdf', type: 'application/pdf', content: pdf() },
    ], [{ documentType: 'plan' }, { title: 'Avis de coupure d’eau', documentType: 'notice', documentDate: '2026-03-02' }]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().items.map((d: { title: string; documentType: string }) => [d.title, d.documentType])).toEqual([['Plan du sous-sol', 'plan'], ['Avis de coupure d’eau', 'notice']]);
    const listed = (await t.call(manager, 'GET', `/api/v1/documents/folders?propertyId=${refs.property('GER-010').id}`)).json().items as { id: string; documentCount: number }[];
    expect(listed.find((f) => f.id === building.id)?.documentCount).toBe(2);

    const badType = await upload(building.id, [{ field: 'files', filename: 'x.pdf', type: 'application/pdf', content: pdf() }], [{ documentType: 'love_letter' }]);
    expect(badType.statusCode).toBe(400);
    // Fields of the right type but wrong values are refused as such, not left to the database.
    for (const item of [
      { audience: { propertyIds: ['x'] } }, { audience: { agency: true, relations: 'tenant' } }, { audience: ['agency'] },
      { personId: '0123456789abcdef0123456789abcdef0123' }, { documentDate: '2026-13-45' },
    ]) {
      const refused = await upload(building.id, [{ field: 'files', filename: 'x.pdf', type: 'application/pdf', content: pdf() }], [item]);
      expect([refused.statusCode, refused.json().error?.code], JSON.stringify(item)).toEqual([400, 'validation_failed']);
    }
    expect((await t.call(manager, 'GET', `/api/v1/documents/folders/${building.id}`)).json().documents).toHaveLength(2);
    // A tenant of the building sees both; a co-owner of Les Tilleuls does not.
    expect(await portalTitles(await as('P-010'))).toEqual(expect.arrayContaining(['Plan du sous-sol', 'Avis de coupure d’eau']));
    expect(await portalTitles(await as('P-004'))).not.toContain('Avis de coupure d’eau');
  });

  it('when a folder is renamed, moved into, emptied and deleted, then it answers as it should; a folder holding documents is 409', async () => {
    const parent = await folder({ name: 'Travaux', scope: 'property', propertyId: refs.property('GER-010').id });
    const child = await folder({ name: 'Devis', parentId: parent.id });
    expect(child.scope).toBe('property');
    const renamed = await t.call(manager, 'PATCH', `/api/v1/documents/folders/${child.id}`, { name: 'Devis reçus' });
    expect(renamed.json().name).toBe('Devis reçus');
    const doc = await uploadOne(child.id, 'Devis toiture');
    const refused = await t.call(manager, 'DELETE', `/api/v1/documents/folders/${child.id}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'folder_not_empty']);
    const moved = await t.call(manager, 'PATCH', `/api/v1/documents/${doc.id}`, { folderId: parent.id, title: 'Devis de toiture', documentType: 'quote' });
    expect(moved.json()).toMatchObject({ folderId: parent.id, title: 'Devis de toiture', documentType: 'quote' });
    expect((await t.call(manager, 'DELETE', `/api/v1/documents/folders/${child.id}`)).statusCode).toBe(204);
    expect((await t.call(manager, 'DELETE', `/api/v1/documents/${doc.id}`)).statusCode).toBe(204);
    expect((await t.call(manager, 'GET', `/api/v1/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await t.call(manager, 'POST', '/api/v1/documents/folders', { name: 'x', scope: 'unit' })).statusCode).toBe(400);
    // A person's folder filed under the building shows in its tree; the person alone sees its documents.
    const karim = await folder({ name: 'Karim Haddad', scope: 'person', personId: refs.person('P-011').id, propertyId: refs.property('GER-010').id });
    const tree = (await t.call(manager, 'GET', `/api/v1/documents/folders?propertyId=${refs.property('GER-010').id}`)).json().items as { id: string }[];
    expect(tree.map((f) => f.id)).toContain(karim.id);
    await uploadOne(karim.id, 'Attestation de loyer', { documentType: 'certificate' });
    expect(await portalTitles(await as('P-011'))).toContain('Attestation de loyer');
    expect(await portalTitles(await as('P-010'))).not.toContain('Attestation de loyer');
    expect((await t.call(manager, 'POST', '/api/v1/documents/folders', { name: 'x', scope: 'property', propertyId: crypto.randomUUID() })).statusCode).toBe(422);
  });
});

describe('who sees what', () => {
  it('when a council document is put in Les Tilleuls’ council section, then the president and a council member see and download it; a co-owner and a tenant there get 404', async () => {
    const council = await section('COP-001', 'council');
    expect(council.audience).toEqual({ propertyIds: [refs.property('COP-001').id], relations: ['council_member', 'council_president'] });
    expect((await section('COP-001', 'council')).id).toBe(council.id);
    const doc = await uploadOne(council.id, 'Factures du chauffage 2025');
    expect(doc.documentType).toBe('syndicate_accounts');
    for (const ref of ['P-001', 'P-002']) {
      const cookie = await as(ref);
      const list = (await t.call(cookie, 'GET', '/api/v1/portal/documents')).json().items as { id: string; group: string }[];
      expect(list.find((d) => d.id === doc.id)?.group, ref).toBe('council');
      expect((await portalFile(cookie, doc.id)).statusCode, ref).toBe(200);
    }
    for (const ref of ['P-004', 'P-003', 'P-010']) {
      const cookie = await as(ref);
      expect(await portalTitles(cookie), ref).not.toContain('Factures du chauffage 2025');
      const answer = await portalFile(cookie, doc.id);
      expect([answer.statusCode, answer.json().error.code], ref).toEqual([404, 'not_found']);
    }
  });

  it('when documents go to all co-owners and to one owner alone, then co-owners see the first, only that owner the second, the tenant neither', async () => {
    const all = await section('COP-001', 'all_co_owners');
    const owners = await section('COP-001', 'each_owner');
    expect(owners.audience).toBeNull();
    await uploadOne(all.id, 'Carnet d’entretien', { documentType: 'maintenance_log' });
    await uploadOne(owners.id, 'Compte individuel de Georges Petit', { documentType: 'owner_account', personId: refs.person('P-004').id });
    await uploadOne(owners.id, 'Pièce non attribuée', { documentType: 'owner_account' });
    const georges = await portalTitles(await as('P-004'));
    expect(georges).toEqual(expect.arrayContaining(['Carnet d’entretien', 'Compte individuel de Georges Petit']));
    expect(georges).not.toContain('Pièce non attribuée');
    const helene = await portalTitles(await as('P-001'));
    expect(helene).toContain('Carnet d’entretien');
    expect(helene).not.toContain('Compte individuel de Georges Petit');
    expect(await portalTitles(await as('P-003'))).not.toContain('Carnet d’entretien');
  });

  it('when the tenant’s tenancy ends, then her lease folder closes with it (404), and opens again while it is current', async () => {
    const sarah = refs.person('P-010').id;
    const [tenancy] = await t.ctx.db.select({ id: personRelations.id }).from(personRelations).where(and(eq(personRelations.personId, sarah), eq(personRelations.kind, 'tenant')));
    const lease = await folder({ name: 'Bail', scope: 'tenancy', relationId: tenancy!.id });
    const doc = await uploadOne(lease.id, 'Bail d’habitation', { documentType: 'lease' });
    const cookie = await as('P-010');
    const list = (await t.call(cookie, 'GET', '/api/v1/portal/documents')).json().items as { id: string; group: string }[];
    expect(list.find((d) => d.id === doc.id)?.group).toBe('lease');
    expect(await portalTitles(await as('P-011'))).not.toContain('Bail d’habitation');

    const yesterday = new Date(t.clock.now().getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    await t.ctx.db.execute(sql`update person_relations set ends_on = ${yesterday} where id = ${tenancy!.id}`);
    expect(await portalTitles(cookie)).not.toContain('Bail d’habitation');
    expect((await portalFile(cookie, doc.id)).statusCode).toBe(404);
    await t.ctx.db.execute(sql`update person_relations set ends_on = null where id = ${tenancy!.id}`);
    expect((await portalFile(cookie, doc.id)).statusCode).toBe(200);
    // An ownership relation cannot make a tenancy folder.
    const [ownership] = await t.ctx.db.select({ id: personRelations.id }).from(personRelations).where(and(eq(personRelations.personId, refs.person('P-004').id), eq(personRelations.kind, 'co_owner')));
    expect((await t.call(manager, 'POST', '/api/v1/documents/folders', { name: 'x', scope: 'tenancy', relationId: ownership!.id })).statusCode).toBe(400);
  });

  it('when another agency’s manager or resident asks for a demo document, then it is 404', async () => {
    const council = await section('COP-001', 'council');
    const doc = await uploadOne(council.id, 'Pour la démo seulement');
    const other = await t.login(OTHER_MANAGER_EMAIL);
    await t.call(other, 'PATCH', '/api/v1/settings', { communityTools: { documents: { enabled: true, roles: ['manager'] } } });
    expect((await t.call(other, 'GET', `/api/v1/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', `/api/v1/documents/${doc.id}/file`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', `/api/v1/documents/folders/${council.id}`)).statusCode).toBe(404);
    expect((await t.call(other, 'POST', `/api/v1/documents/legal-space/${refs.property('COP-001').id}/council`)).statusCode).toBe(404);
    const [person] = await t.ctx.db.select({ id: persons.id }).from(persons).innerJoin(organizations, eq(organizations.id, persons.organizationId)).where(eq(organizations.slug, OTHER_ORG_SLUG));
    const stranger = await portalSession(t, person!.id);
    expect((await portalFile(stranger, doc.id)).statusCode).toBe(404);
    expect(await portalTitles(stranger)).toEqual([]);
  });
});

describe('downloads', () => {
  it('when staff and a resident download a document, then its log says who and when, newest first', async () => {
    const council = await section('COP-001', 'council');
    const doc = await uploadOne(council.id, 'Contrat de nettoyage');
    const staffDownload = await t.call(manager, 'GET', doc.url);
    expect([staffDownload.statusCode, staffDownload.headers['content-type']]).toEqual([200, 'application/pdf']);
    t.clock.current = new Date(t.clock.current.getTime() + 60_000);
    expect((await portalFile(await as('P-001'), doc.id)).statusCode).toBe(200);
    const log = (await t.call(manager, 'GET', `/api/v1/documents/${doc.id}/downloads`)).json().items as { who: string; name: string }[];
    expect(log.map((d) => [d.who, d.name])).toEqual([['resident', 'Hélène Rousseau'], ['staff', expect.any(String)]]);
  });
});

describe('the legal space', () => {
  it('when Le Clos Saint-Jean gets two general assemblies’ minutes and a fiche synthétique, then its checklist counts what is still missing, and the agency’s list says how many', async () => {
    const before = (await t.call(manager, 'GET', '/api/v1/documents/legal-checklist')).json().items as { property: { name: string }; missing: number }[];
    expect(before.map((c) => c.property.name).sort()).toEqual(['Le Clos Saint-Jean', 'Résidence Les Tilleuls']);
    expect(before.find((c) => c.property.name === 'Le Clos Saint-Jean')!.missing).toBe(8);

    const all = await section('COP-002', 'all_co_owners');
    await uploadOne(all.id, 'PV AG 2025', { documentType: 'assembly_minutes', documentDate: '2025-05-01' });
    await uploadOne(all.id, 'PV AG 2024', { documentType: 'assembly_minutes', documentDate: '2024-05-01' });
    await uploadOne(all.id, 'Fiche synthétique 2020', { documentType: 'summary_sheet', documentDate: '2020-01-01' });
    const space = (await t.call(manager, 'GET', `/api/v1/documents/legal-space/${refs.property('COP-002').id}`)).json();
    expect(space.sections.map((s: { section: string; folder: unknown }) => [s.section, s.folder !== null])).toEqual([['all_co_owners', true], ['each_owner', false], ['council', false]]);
    const line = (type: string) => space.checklist.find((l: { documentType: string }) => l.documentType === type);
    expect(line('assembly_minutes')).toEqual({ documentType: 'assembly_minutes', required: 3, present: 2, missing: 'too_few' });
    expect(line('summary_sheet').missing).toBe('outdated');
    expect(line('coownership_rules').missing).toBe('none');
    const after = (await t.call(manager, 'GET', '/api/v1/documents/legal-checklist')).json().items as { property: { name: string }; missing: number }[];
    expect(after.find((c) => c.property.name === 'Le Clos Saint-Jean')!.missing).toBe(8);
    await uploadOne(all.id, 'PV AG 2023', { documentType: 'assembly_minutes', documentDate: '2023-05-01' });
    const later = (await t.call(manager, 'GET', '/api/v1/documents/legal-checklist')).json().items as { property: { name: string }; missing: number }[];
    expect(later.find((c) => c.property.name === 'Le Clos Saint-Jean')!.missing).toBe(7);
    // A building in gérance has no legal space.
    const refused = await t.call(manager, 'GET', `/api/v1/documents/legal-space/${refs.property('GER-010').id}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'action_not_available']);
  });
});

describe('the daily digest', () => {
  const digests = async () => t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'documents_digest'));
  /** The test clock moved to 08:00 (Paris) of the next day, which runs the automation. */
  const nextMorning = async () => {
    const next = new Date(startOfDay(new Date(t.clock.now().getTime() + 86_400_000), 'Europe/Paris').getTime() + 8 * 3_600_000);
    const moved = await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { set: next.toISOString() } });
    expect(moved.statusCode, moved.body).toBe(200);
    // Staff sessions do not outlive days of the test clock.
    manager = await t.login('manager@demo.gardien.test');
    return moved.json().automation.documents_digest as number;
  };

  it('when new documents wait, then the next morning each resident who sees some gets ONE email listing them, nothing the day after, nothing for a staff-only document', async () => {
    await nextMorning(); // what the tests above uploaded
    const start = (await digests()).length;
    const council = await section('COP-001', 'council');
    await uploadOne(council.id, 'Budget prévisionnel 2027');
    await uploadOne(council.id, 'Comparatif des contrats d’entretien');
    const building = await folder({ name: 'Annonces', scope: 'property', propertyId: refs.property('GER-010').id, audience: { propertyIds: [refs.property('GER-010').id], relations: ['tenant'] } });
    await uploadOne(building.id, 'Ramonage des conduits');
    const internal = await folder({ name: 'Interne', scope: 'agency' });
    const staffOnly = await uploadOne(internal.id, 'Note interne');

    const written = await nextMorning();
    const emails = (await digests()).slice(start);
    expect(written).toBe(emails.length);
    const byPerson = new Map(emails.map((e) => [e.meta.personId as string, e]));
    expect(byPerson.size).toBe(emails.length);
    const name = (ref: string) => refs.person(ref).id;
    expect([...byPerson.keys()].sort()).toEqual([name('P-001'), name('P-002'), name('P-010'), name('P-011'), name('P-012')].sort());
    const helene = byPerson.get(name('P-001'))!;
    expect(helene.subject).toBe('2 nouveaux documents dans votre espace résident');
    expect(helene.text).toContain('Budget prévisionnel 2027');
    expect(helene.text).toContain('Comparatif des contrats d’entretien');
    expect(helene.text).toContain('https://gardien.example.test/portal/documents');
    expect(helene.text).not.toContain('Ramonage');
    const emily = byPerson.get(name('P-012'))!;
    expect([emily.language, emily.subject]).toEqual(['en', 'A new document in your resident space']);
    expect(emails.some((e) => e.text.includes('Note interne'))).toBe(false);
    expect((await t.call(manager, 'GET', `/api/v1/documents/${staffOnly.id}`)).json().digestedAt).not.toBeNull();

    expect(await nextMorning()).toBe(0);
    expect((await digests()).length).toBe(start + emails.length);
  });

  it('when two workers run the digest at once, then each resident still gets one email', async () => {
    const start = (await digests()).length;
    const all = await section('COP-002', 'all_co_owners');
    await uploadOne(all.id, 'Carnet d’entretien du Clos', { documentType: 'maintenance_log' });
    t.clock.current = new Date(startOfDay(new Date(t.clock.now().getTime() + 86_400_000), 'Europe/Paris').getTime() + 8 * 3_600_000);
    const [a, b] = await Promise.all([sendDocumentDigests(t.ctx), sendDocumentDigests(t.ctx)]);
    const emails = (await digests()).slice(start);
    expect(a + b).toBe(emails.length);
    // The co-owners of Le Clos Saint-Jean: Claire Fontaine and the bakery.
    expect(emails.map((e) => e.meta.personId).sort()).toEqual([refs.person('P-005').id, refs.person('P-006').id].sort());
  });
});
