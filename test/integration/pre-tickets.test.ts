// Inspection notes: one call with a whole inspection makes one PENDING ticket per note, source
// inspection, with its photos; any bad note (or photo) refuses the whole inspection and nothing
// is created, not even a stored file.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { PNG, PDF } from '../support/exchange.ts';
import { MULTIPART_TYPE, attachmentRows, filesOnDisk, multipartBody, type FormPart } from '../support/uploads.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { createApiToken } from '../../src/auth/create-api-token.ts';
import { findUserByEmail } from '../../src/db/repositories/users.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(async () => {
  await t?.close();
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]), Buffer.alloc(200, 0x11), Buffer.from([0xff, 0xd9])]);

function inspection(notes: unknown[], extra: Record<string, unknown> = {}) {
  return {
    inspection: { propertyId: refs.property('COP-001').id, place: 'Bâtiment A', inspectedAt: '2026-11-28T10:30:00+01:00', inspector: 'Julie Marchand', ...extra },
    notes,
  };
}

function postForm(cookie: string, json: unknown, photos: { note: number | string; name: string; bytes: Buffer; type?: string }[]) {
  const parts: FormPart[] = [
    { field: 'inspection', content: JSON.stringify(json), type: 'application/json' },
    ...photos.map((p) => ({ field: typeof p.note === 'number' ? `notes.${p.note}.photos` : p.note, filename: p.name, type: p.type ?? 'image/png', content: p.bytes })),
  ];
  return t.app.inject({ method: 'POST', url: '/api/v1/pre-tickets', payload: multipartBody(parts), headers: { cookie, 'content-type': MULTIPART_TYPE } });
}

const pendingInspections = async () =>
  ((await t.call(manager, 'GET', '/api/v1/tickets?scope=open&source=inspection&type=PENDING&limit=200')).json().items as { number: number }[]).length;

describe('inspection notes (POST /pre-tickets)', () => {
  it('makes three PENDING tickets, source inspection, with each note’s photos, its place and date, in one call', async () => {
    const filesBefore = filesOnDisk(t).length;
    const response = await postForm(manager, inspection([
      { subject: 'Éclairage hall en panne', description: 'Deux plafonniers éteints.', place: 'Hall d’entrée' },
      { subject: 'Fissure façade', description: 'Fissure de 40 cm sous la fenêtre du 2e.' },
      { subject: 'Porte du local vélos', description: 'La porte ne ferme plus.', unitId: refs.unit('COP-001', 'A11').id },
    ]), [
      { note: 0, name: 'hall-1.png', bytes: PNG },
      { note: 0, name: 'hall-2.jpg', bytes: JPEG, type: 'image/jpeg' },
      { note: 1, name: 'facade.png', bytes: PNG },
      { note: 2, name: 'porte.png', bytes: PNG },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    const { tickets } = response.json() as { tickets: { number: number }[] };
    expect(tickets).toHaveLength(3);
    expect(new Set(tickets.map((x) => x.number)).size).toBe(3);

    const shown = await Promise.all(tickets.map(async ({ number }) => (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json()));
    expect(shown.map((x) => [x.type, x.status, x.source, x.subject])).toEqual([
      ['PENDING', 'pending_validation', 'inspection', 'Éclairage hall en panne'],
      ['PENDING', 'pending_validation', 'inspection', 'Fissure façade'],
      ['PENDING', 'pending_validation', 'inspection', 'Porte du local vélos'],
    ]);
    expect(shown.map((x) => x.documents.map((d: { filename: string; kind: string; contentType: string }) => `${d.kind}:${d.filename}:${d.contentType}`).sort())).toEqual([
      ['photo:hall-1.png:image/png', 'photo:hall-2.jpg:image/jpeg'],
      ['photo:facade.png:image/png'],
      ['photo:porte.png:image/png'],
    ]);
    expect(shown[0].property.id).toBe(refs.property('COP-001').id);
    expect(shown[0].unit).toBeNull();
    expect(shown[2].unit.id).toBe(refs.unit('COP-001', 'A11').id);
    expect(shown[0].description).toContain('Constat de visite du 28 novembre 2026 par Julie Marchand · Lieu : Bâtiment A — Hall d’entrée');
    expect(shown[0].description).toContain('Deux plafonniers éteints.');
    expect(shown[0].requestedAt).toBe('2026-11-28T09:30:00.000Z');
    expect(shown[0].unregisteredSender).toBe(false);
    expect(shown[0].createdBy.name).toBeTruthy();
    expect(shown[0].needsAction).toBe(true);

    // The photos are served as the images they are.
    const photo = shown[1].documents[0];
    const download = await t.call(manager, 'GET', photo.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    // The four photos (the inspection as it came is kept in its record's row).
    expect(filesOnDisk(t).length).toBe(filesBefore + 4);

    // "Demandes à valider" (the list's PENDING view) shows each request's photos.
    const list = (await t.call(manager, 'GET', '/api/v1/tickets?type=PENDING&limit=200')).json().items as { number: number; photoCount: number; photos: { id: string; url: string }[] }[];
    const rows = tickets.map(({ number }) => list.find((row) => row.number === number)!);
    expect(rows.map((row) => row.photoCount)).toEqual([2, 1, 1]);
    expect(rows[0]!.photos.map((p) => p.url).sort()).toEqual(shown[0].documents.map((d: { url: string }) => d.url).sort());
    const thumbnail = await t.call(manager, 'GET', rows[1]!.photos[0]!.url);
    expect(thumbnail.headers['content-type']).toBe('image/png');
    // Other tickets carry no photos in the list.
    const all = (await t.call(manager, 'GET', '/api/v1/tickets?limit=200')).json().items as { type: string; photoCount: number; photos: unknown[] }[];
    expect(all.filter((row) => row.type !== 'PENDING').every((row) => row.photoCount === 0 && row.photos.length === 0)).toBe(true);
  });

  it('takes JSON alone when no note has photos', async () => {
    const response = await t.call(manager, 'POST', '/api/v1/pre-tickets', inspection([{ subject: 'Boîtes aux lettres', description: 'Serrure cassée.' }], { inspector: undefined }));
    expect(response.statusCode, response.body).toBe(201);
    const [{ number }] = response.json().tickets;
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(ticket.source).toBe('inspection');
    // The inspector defaults to the calling user.
    expect(ticket.description).toMatch(/^Constat de visite du 28 novembre 2026 par \S+/);
  });

  it('takes the same inspection once when its externalId comes again (a tablet retrying), and records it in "Messages reçus"', async () => {
    const body = inspection([{ subject: 'Extincteur périmé', description: 'Date de contrôle dépassée.' }, { subject: 'Dalle descellée', description: 'Parking, place 12.' }], { externalId: 'VTI-2026-0042' });
    const first = await postForm(manager, body, [{ note: 1, name: 'dalle.png', bytes: PNG }]);
    expect(first.statusCode, first.body).toBe(201);
    const [pending, files] = [await pendingInspections(), filesOnDisk(t).length];
    const again = await postForm(manager, body, [{ note: 1, name: 'dalle.png', bytes: PNG }]);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect([await pendingInspections(), filesOnDisk(t).length]).toEqual([pending, files]);

    const records = (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items as { id: string; channel: string; door: string; outcome: string; ticketNumber: number; fromName: string; report: { tickets: number[] } }[];
    const record = records.filter((r) => r.channel === 'inspection' && r.report.tickets?.[0] === first.json().tickets[0].number);
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ door: 'api', outcome: 'ticket_created', fromName: 'Julie Marchand', ticketNumber: first.json().tickets[0].number, report: { tickets: first.json().tickets.map((x: { number: number }) => x.number) } });
    const raw = await t.call(manager, 'GET', `/api/v1/inbound-messages/${record[0]!.id}/raw`);
    expect(JSON.parse(raw.body).inspection.externalId).toBe('VTI-2026-0042');
  });

  it('with one bad note, creates nothing — the 400 names the note', async () => {
    const [pending, files, rows] = [await pendingInspections(), filesOnDisk(t).length, await attachmentRows(t)];
    const response = await postForm(manager, inspection([
      { subject: 'Bonne note', description: 'ok' },
      { subject: '', description: 'Sans objet' },
      { subject: 'Autre bonne note', description: 'ok' },
    ]), [{ note: 0, name: 'a.png', bytes: PNG }, { note: 2, name: 'c.png', bytes: PNG }]);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([expect.objectContaining({ field: 'notes.1.subject', note: 1 })]);
    expect(error.message).toMatch(/^Note 1: /);
    expect([await pendingInspections(), filesOnDisk(t).length, await attachmentRows(t)]).toEqual([pending, files, rows]);
  });

  it('with a photo that is not an image, or photos for a note that does not exist, creates nothing', async () => {
    const [pending, files, rows] = [await pendingInspections(), filesOnDisk(t).length, await attachmentRows(t)];
    const notes = [{ subject: 'Note A', description: 'a' }, { subject: 'Note B', description: 'b' }];
    const pdf = await postForm(manager, inspection(notes), [{ note: 0, name: 'a.png', bytes: PNG }, { note: 1, name: 'rapport.pdf', bytes: PDF, type: 'application/pdf' }]);
    expect(pdf.statusCode, pdf.body).toBe(415);
    expect(pdf.json().error).toMatchObject({ code: 'file_type_not_allowed', details: { note: 1 } });
    const exe = await postForm(manager, inspection(notes), [{ note: 1, name: 'photo.png', bytes: Buffer.from('MZ\x90\x00 not an image at all') }]);
    expect(exe.statusCode, exe.body).toBe(415);
    expect(exe.json().error.details.note).toBe(1);
    const orphan = await postForm(manager, inspection(notes), [{ note: 5, name: 'a.png', bytes: PNG }]);
    expect(orphan.statusCode, orphan.body).toBe(400);
    expect(orphan.json().error.details[0]).toMatchObject({ field: 'notes.5.photos', note: 5 });
    const misnamed = await postForm(manager, inspection(notes), [{ note: 'photos', name: 'a.png', bytes: PNG }]);
    expect(misnamed.statusCode, misnamed.body).toBe(400);
    expect([await pendingInspections(), filesOnDisk(t).length, await attachmentRows(t)]).toEqual([pending, files, rows]);
  });

  it('refuses a property of another agency (422) and an inspection without notes (400), creating nothing', async () => {
    const pending = await pendingInspections();
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const theirs = (await t.call(other, 'GET', '/api/v1/properties?limit=5')).json().items[0].id as string;
    const foreign = await t.call(manager, 'POST', '/api/v1/pre-tickets', inspection([{ subject: 'x', description: 'y' }], { propertyId: theirs }));
    expect(foreign.statusCode, foreign.body).toBe(422);
    expect(foreign.json().error.code).toBe('unknown_reference');
    const empty = await t.call(manager, 'POST', '/api/v1/pre-tickets', inspection([]));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('validation_failed');
    expect(await pendingInspections()).toBe(pending);
  });

  it('refuses a note whose text holds a NUL character, naming the field, and keeps one with control characters without them', async () => {
    const nul = await t.call(manager, 'POST', '/api/v1/pre-tickets', inspection([{ subject: 'Porte\u0000 cave', description: 'Ligne 1' }]));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details[0].field).toBe('notes.0.subject');
    const response = await t.call(manager, 'POST', '/api/v1/pre-tickets', inspection([{ subject: 'Porte cave', description: 'Ligne 1\nLigne 2\u0007', place: 'Cave' }], { inspector: 'Julie Marchand' }));
    expect(response.statusCode, response.body).toBe(201);
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${response.json().tickets[0].number}`)).json();
    expect(ticket.subject).toBe('Porte cave');
    expect(ticket.description).toContain('Ligne 1\nLigne 2');
    expect(ticket.description.includes('\u0007')).toBe(false);
  });

  it('is for staff who work tickets, by session or API token', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/pre-tickets', payload: inspection([{ subject: 'x', description: 'y' }]) });
    expect(anonymous.statusCode).toBe(401);
    const user = await findUserByEmail(t.ctx.db, 'manager@demo.gardien.test');
    const { secret } = await createApiToken(t.ctx, { userId: user!.id, organizationId: user!.organizationId, name: 'Tablette de visite', days: 30 });
    const viaToken = await t.call(`Bearer ${secret}`, 'POST', '/api/v1/pre-tickets', inspection([{ subject: 'Par jeton', description: 'API' }]));
    expect(viaToken.statusCode, viaToken.body).toBe(201);
  });
});
