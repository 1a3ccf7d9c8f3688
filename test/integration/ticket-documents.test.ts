// The ticket summary (PDF) and the zip of its documents: a work order worked to its invoice and
// closed, with a photo and an invoice uploaded; the summary says what happened in French or
// English without the internal note; the zip holds the same bytes and the summary; only the
// agency's signed-in staff get them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import { unzip } from '../support/unzip.ts';
import { eq } from 'drizzle-orm';
import { pdfText } from '../support/pdf-text.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { attachments } from '../../src/db/schema/index.ts';

// ---- files made here ----

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 2×2 RGB PNG; `shade` makes different files. */
function png(shade = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, shade, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

// ---- calls ----

async function upload(cookie: string, number: number, files: { name: string; bytes: Buffer }[]): Promise<string[]> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  const request = new Request('http://gardien.test/', { method: 'POST', body: form });
  const response = await t.app.inject({
    method: 'POST', url: `/api/v1/tickets/${number}/attachments`,
    headers: { cookie, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().items.map((item: { id: string }) => item.id);
}


// ---- the ticket ----

let t: TestApp;
let manager: string;
let refs: DemoRefs;
let n: number;
const photo = png(10);
const photoAgain = png(200);
const otherPhoto = png(90);
const invoice = pdf();
const SECRET = 'Ne pas transmettre au conseil syndical';

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);

  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS',
    propertyId: refs.property('COP-001').id,
    unitId: refs.unit('COP-001', 'A11').id,
    subject: 'Égout bouché dans le couloir des caves',
    description: 'Suite à l’orage d’hier, l’évacuation ne se fait plus : le couloir menant aux caves est inondé.',
    requester: { personId: refs.person('P-001').id },
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  n = created.json().number;
  const dispatchId = created.json().dispatches[0].id;

  const [photoId, invoiceId, sameName1, sameName2, internalId] = await upload(manager, n, [
    { name: 'photo.png', bytes: photo },
    { name: 'facture.pdf', bytes: invoice },
    { name: 'cave.png', bytes: photoAgain },
    { name: 'CAVE.png', bytes: otherPhoto },
    { name: 'interne.pdf', bytes: invoice },
  ]);
  await act(t, manager, n, { action: 'enter_acceptance', dispatchId, startsAt: '2026-11-25T09:00:00+01:00', durationMinutes: 90 });
  await act(t, manager, n, { action: 'validate_appointment', dispatchId });
  await act(t, manager, n, { action: 'enter_presence', dispatchId, presence: 'on_site' });
  await act(t, manager, n, { action: 'enter_completion', dispatchId, comment: 'Canalisation débouchée', attachmentIds: [photoId] });
  await act(t, manager, n, { action: 'add_attachments', attachmentIds: [sameName1, sameName2] });
  await act(t, manager, n, { action: 'internal_note', body: `<p>${SECRET}</p>`, attachmentIds: [internalId] });
  await act(t, manager, n, { action: 'request_invoice', dispatchId });
  await act(t, manager, n, { action: 'enter_invoice', dispatchId, amountCents: 25364, attachmentIds: [invoiceId] });
  await act(t, manager, n, { action: 'close' });
});
afterAll(() => t?.close());

describe('the ticket summary', () => {
  it('when a manager downloads the summary of a closed work order, then it is a PDF in French with the facts and the history, without the internal note', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${n}/summary.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="ticket-${n}-resume.pdf"`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = await pdfText(response.rawPayload);
    for (const expected of [
      `Compte rendu du ticket n°${n}`, 'Agence Démo Gardien', 'Ordre de service', 'Ouvert le', 'Fermé le',
      'Demandé par Hélène Rousseau', 'Créé par Camille Martin', 'Égout bouché dans le couloir des caves',
      'le couloir menant aux caves est inondé', "Montant de l'intervention 253,64 €", 'Plomberie Dupuis', 'Facture reçue',
      "Date d'intervention : 25/11/2026 à 09h00",
      'Ordre de service envoyé à Plomberie Dupuis',
      "Plomberie Dupuis accepte l'intervention et propose le 25/11/2026 à 09h00 (saisi par Camille Martin)",
      'Rendez-vous de Plomberie Dupuis du 25/11/2026 à 09h00 validé par Camille Martin',
      "Plomberie Dupuis déclare l'intervention terminée : Canalisation débouchée",
      '2 documents ajoutés par Camille Martin',
      'Facture demandée à Plomberie Dupuis',
      'Plomberie Dupuis envoie sa facture de 253,64 €',
      'Ticket clos par Camille Martin',
    ]) expect(text).toContain(expected);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Note interne');
    // Oldest first.
    expect(text.indexOf('Ordre de service envoyé')).toBeLessThan(text.indexOf('Ticket clos par'));
  });

  it('when the summary is asked with ?lang=en, then it is in English with the amount in English form', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${n}/summary.pdf?lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    const text = await pdfText(response.rawPayload);
    for (const expected of [
      `Ticket ${n} summary`, 'Work order', 'Requested by Hélène Rousseau', 'Created by Camille Martin', 'Amount €253.64',
      'Intervention date: 25 Nov 2026 at 09:00', 'Work order sent to Plomberie Dupuis', 'Plomberie Dupuis sends an invoice for €253.64',
      'Ticket closed by Camille Martin',
    ]) expect(text).toContain(expected);
    expect(text).not.toContain('Compte rendu');
    expect(text).not.toContain(SECRET);
  });

  it('when the summary is asked in a language Gardien does not speak, then the answer is 400', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${n}/summary.pdf?lang=de`);
    expect(response.statusCode).toBe(400);
  });

  it('when the ticket is still open, then the summary is available all the same and says so', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Ampoule grillée', description: 'Hall B',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    const open = created.json().number;
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${open}/summary.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Fermé le Ticket en cours');
    expect(text).toContain("Montant de l'intervention Non renseigné");
    expect(text).toContain('Ordre de service envoyé');
  });
});

describe('the documents zip', () => {
  it('when a manager downloads the documents, then the zip holds every non-internal file with the same bytes and the summary', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${n}/documents.zip`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="ticket-${n}-documents.zip"`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const entries = await unzip(response.rawPayload);
    const names = [...entries.keys()];
    expect(names).toHaveLength(5);
    expect(names).toEqual(expect.arrayContaining([`ticket-${n}.pdf`, 'invoice/facture.pdf', 'proof/photo.png']));
    expect(entries.get('proof/photo.png')!.equals(photo)).toBe(true);
    expect(entries.get('invoice/facture.pdf')!.equals(invoice)).toBe(true);
    // "cave.png" and "CAVE.png" would overwrite each other on Windows or macOS: the second gets " (2)".
    const caves = names.filter((name) => name.startsWith('document/'));
    expect(caves.map((name) => name.toLowerCase()).sort()).toEqual(['document/cave (2).png', 'document/cave.png']);
    expect(caves.map((name) => entries.get(name)!.toString('hex')).sort()).toEqual([photoAgain, otherPhoto].map((b) => b.toString('hex')).sort());
    const summary = entries.get(`ticket-${n}.pdf`)!;
    expect(summary.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(summary)).toContain(`Compte rendu du ticket n°${n}`);
  });

  it('when a stored file has lost its bytes, then the zip still comes, with a note naming it', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Porte de garage', description: 'Bloquée',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    const number = created.json().number;
    const [lost, kept] = await upload(manager, number, [{ name: 'perdue.png', bytes: png(1) }, { name: 'gardee.png', bytes: png(2) }]);
    await act(t, manager, number, { action: 'add_attachments', attachmentIds: [lost, kept] });
    const [row] = await t.ctx.db.select().from(attachments).where(eq(attachments.id, lost!));
    await t.ctx.files.delete(row!.storageKey);

    const response = await t.call(manager, 'GET', `/api/v1/tickets/${number}/documents.zip`);
    expect(response.statusCode).toBe(200);
    const entries = await unzip(response.rawPayload);
    expect([...entries.keys()].sort()).toEqual([`ticket-${number}.pdf`, 'document/gardee.png', 'fichiers-manquants.txt'].sort());
    expect(entries.get('fichiers-manquants.txt')!.toString('utf8')).toContain('document/perdue.png');
  });
});

describe('who gets them', () => {
  it("when another agency's manager asks for them, then both answer 404", async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    for (const path of ['summary.pdf', 'documents.zip']) {
      const response = await t.call(other, 'GET', `/api/v1/tickets/${n}/${path}`);
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('when nobody is signed in, then both answer 401', async () => {
    for (const path of ['summary.pdf', 'documents.zip']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/tickets/${n}/${path}` });
      expect(response.statusCode, path).toBe(401);
    }
  });

  it('when the OpenAPI document is read, then both downloads are described', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const pdfOp = doc.paths['/api/v1/tickets/{number}/summary.pdf'].get;
    const zipOp = doc.paths['/api/v1/tickets/{number}/documents.zip'].get;
    expect(pdfOp.tags).toEqual(['tickets']);
    expect(pdfOp.responses['200'].content['application/pdf']).toBeDefined();
    expect(zipOp.responses['200'].content['application/zip']).toBeDefined();
    expect(pdfOp.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['number', 'lang']));
    expect(pdfOp.security).toBeDefined();
  });
});
