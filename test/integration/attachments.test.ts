// Attachments: upload checked by the bytes, linked by actions, listed for the carousel, served
// with safe headers, only within the agency; nothing left behind on refusal; staged uploads purged.
// And the file store contract, on the disk store and on an S3-compatible server (s3rver).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { attachments } from '../../src/db/schema/index.ts';
import { purgeStagedAttachments } from '../../src/tickets/purge-staged-attachments.ts';
import { DiskFileStore } from '../../src/channels/disk-file-store.ts';
import { S3FileStore, S3_PART_BYTES } from '../../src/channels/s3-file-store.ts';
import { StoredFileMissing, newStorageKey, type FileStore } from '../../src/channels/file-store.ts';
import { loadConfig } from '../../src/config.ts';
import { startS3Server } from '../support/s3-server.ts';

// ---- files made here, byte by byte ----

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 2×2 RGB PNG. */
function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** A zip of stored (uncompressed) entries. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.alloc(200, 0)]);

// ---- calls ----

interface Part {
  name: string;
  bytes: Buffer;
  type?: string;
}

async function multipart(parts: Part[], fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const part of parts) form.append('files', new Blob([new Uint8Array(part.bytes)], { type: part.type ?? 'application/octet-stream' }), part.name);
  const request = new Request('http://gardien.test/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

async function upload(app: TestApp, cookie: string, number: number, parts: Part[], fields?: Record<string, string>) {
  const body = await multipart(parts, fields);
  return app.app.inject({ method: 'POST', url: `/api/v1/tickets/${number}/attachments`, headers: { cookie, 'content-type': body.contentType }, payload: body.payload });
}

function download(app: TestApp, cookie: string, url: string) {
  return app.app.inject({ method: 'GET', url, headers: { cookie } });
}

/** Every stored file under the app's data folder (temporary files included). */
function filesOnDisk(app: TestApp): string[] {
  const root = join(app.ctx.config.dataDir, 'files');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((p) => statSync(join(root, p)).isFile());
}

async function rowsOf(app: TestApp, ticketId: string) {
  return app.ctx.db.select().from(attachments).where(eq(attachments.ticketId, ticketId));
}

describe('storage settings', () => {
  it('when nothing is set, then files go to disk with a 20 MiB limit; when STORAGE=s3 is incomplete, then the error names what is missing', () => {
    expect(loadConfig({})).toMatchObject({ storage: 'disk', attachmentMaxBytes: 20 * 1024 * 1024 });
    expect(() => loadConfig({ STORAGE: 'ftp' })).toThrow(/STORAGE/);
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(loadConfig({ STORAGE: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000' }).s3).toMatchObject({ bucket: 'b', region: 'us-east-1', forcePathStyle: true });
    expect(loadConfig({ STORAGE: 's3', S3_BUCKET: 'b' }).s3!.forcePathStyle).toBe(false);
  });
});

// ---- the file store contract (first: no database; the API tests below end the file) ----

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function chunked(bytes: Buffer, size = 64 * 1024): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })());
}

function failingAfter(bytes: Buffer): Readable {
  return Readable.from((async function* () {
    yield bytes;
    throw new Error('client went away');
  })());
}

function storeContract(name: string, open: () => Promise<{ store: FileStore; close(): Promise<void> }>, bigBytes: number) {
  describe(`file store contract: ${name}`, () => {
    let store: FileStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(() => close?.());

    const key = () => newStorageKey('0b4f3c1e-8d2a-4f6b-9c1d-2e3f4a5b6c7d', new Date());

    it('when a buffer or a stream is put, then get gives the same bytes back', async () => {
      const a = key();
      await store.put(a, Buffer.from('bonjour'), 'text/plain');
      expect((await readAll(await store.get(a))).toString()).toBe('bonjour');
      const b = key();
      const big = Buffer.alloc(bigBytes, 0);
      for (let i = 0; i < big.length; i += 4096) big[i] = i % 251;
      await store.put(b, chunked(big), 'application/octet-stream');
      expect((await readAll(await store.get(b))).equals(big)).toBe(true);
    });

    it('when a key is deleted, then get says StoredFileMissing, and deleting it again is fine', async () => {
      const a = key();
      await store.put(a, Buffer.from('x'), 'text/plain');
      await store.delete(a);
      await expect(store.get(a)).rejects.toBeInstanceOf(StoredFileMissing);
      await store.delete(a);
    });

    it('when the body fails midway, then put rejects and nothing is stored', async () => {
      const a = key();
      await expect(store.put(a, failingAfter(Buffer.alloc(1000, 1)), 'application/octet-stream')).rejects.toThrow('client went away');
      await expect(store.get(a)).rejects.toBeInstanceOf(StoredFileMissing);
    });

    it('when keys are put, then list gives each of them once, and no temporary file', async () => {
      const keys = [key(), key(), key(), key(), key()];
      for (const k of keys) await store.put(k, Buffer.from(k), 'text/plain');
      await store.delete(keys[4]!);
      const listed: string[] = [];
      for await (const k of store.list()) listed.push(k);
      for (const k of keys.slice(0, 4)) expect(listed.filter((l) => l === k), k).toHaveLength(1);
      expect(listed).not.toContain(keys[4]);
      expect(listed.every((l) => !l.includes('.tmp'))).toBe(true);
    });

    it('when a key would leave its place, then it is refused', async () => {
      for (const bad of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'a//b', '.hidden', 'a\\b', '']) {
        await expect(store.put(bad, Buffer.from('x'), 'text/plain'), bad).rejects.toThrow(/storage key/i);
        await expect(store.get(bad), bad).rejects.toThrow(/storage key/i);
      }
    });
  });
}

storeContract('disk', async () => {
  const root = mkdtempSync(join(tmpdir(), 'gardien-disk-store-'));
  return {
    store: new DiskFileStore(root),
    close: async () => {
      // No temporary file left behind by the failed put.
      const leftovers = (readdirSync(root, { recursive: true }) as string[]).filter((p) => p.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}, 3 * 1024 * 1024 + 17);

// s3rver (test/support/s3-server.ts). The big body is over one part, so the multipart upload is exercised too.
storeContract('S3 (s3rver)', async () => {
  const server = await startS3Server();
  const store = new S3FileStore(server.settings);
  return {
    store,
    close: async () => {
      store.client.destroy();
      await server.close();
    },
  };
}, S3_PART_BYTES + 1024 * 1024 + 17);

// ---- the API ----

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

async function createTicket(app: TestApp, cookie: string, body: Record<string, unknown> = {}) {
  const response = await app.call(cookie, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite en toiture', description: 'Infiltration au 5e étage.',
    contractors: [{ contractorId: refs.contractor('F-001').id }], ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; number: number; dispatches: { id: string }[] };
}

describe('uploading, linking, listing and downloading', () => {
  it('when a PNG and a PDF are uploaded and linked by add_attachments, then the documents and the event list them and downloads give the same bytes with safe headers', async () => {
    const ticket = await createTicket(t, manager);
    const image = png();
    const document = pdf();
    const response = await upload(t, manager, ticket.number, [
      { name: 'C:\\Users\\cm\\Photos\\fuite\u202Egnp.png', bytes: image, type: 'image/png' },
      { name: 'Devis toiture été.pdf', bytes: document, type: 'application/pdf' },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items as { id: string; filename: string; contentType: string; sizeBytes: number; kind: string; url: string }[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ filename: 'fuitegnp.png', contentType: 'image/png', sizeBytes: image.length, kind: 'document', internal: false });
    expect(items[1]).toMatchObject({ filename: 'Devis toiture été.pdf', contentType: 'application/pdf', sizeBytes: document.length });
    expect(items[0]!.url).toBe(`/api/v1/tickets/${ticket.number}/attachments/${items[0]!.id}`);

    const rows = await rowsOf(t, ticket.id);
    expect(rows.map((r) => r.eventId)).toEqual([null, null]);
    const pngRow = rows.find((r) => r.id === items[0]!.id)!;
    expect(pngRow.sha256).toBe(createHash('sha256').update(image).digest('hex'));
    expect(pngRow.storageKey).toMatch(new RegExp(`^${pngRow.organizationId}/\\d{4}/\\d{2}/[0-9a-f-]{36}$`));
    expect(filesOnDisk(t)).toEqual(expect.arrayContaining(rows.map((r) => r.storageKey)));

    // Not yet used by an action: not a document of the ticket.
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json().documents).toEqual([]);

    const after = await act(t, manager, ticket.number, { action: 'add_attachments', attachmentIds: items.map((i) => i.id), comment: 'Photos et devis' });
    expect(after.documents.map((d: { id: string }) => d.id)).toEqual(items.map((i) => i.id));
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}/events`)).json().items as { type: string; attachments: { id: string }[] }[];
    const added = events.find((e) => e.type === 'attachments_added')!;
    expect(added.attachments.map((a) => a.id).sort()).toEqual(items.map((i) => i.id).sort());

    const image200 = await download(t, manager, items[0]!.url);
    expect(image200.statusCode).toBe(200);
    expect(image200.rawPayload.equals(image)).toBe(true);
    expect(image200.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': `inline; filename="fuitegnp.png"; filename*=UTF-8''fuitegnp.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, max-age=300',
    });

    const pdf200 = await download(t, manager, items[1]!.url);
    expect(pdf200.statusCode).toBe(200);
    expect(pdf200.rawPayload.equals(document)).toBe(true);
    expect(pdf200.headers['content-type']).toBe('application/pdf');
    expect(pdf200.headers['content-disposition']).toBe(`inline; filename="Devis toiture ete.pdf"; filename*=UTF-8''Devis%20toiture%20%C3%A9t%C3%A9.pdf`);
    expect(pdf200.headers['x-content-type-options']).toBe('nosniff');
    // Browsers will not open their PDF viewer in a sandbox: a PDF gets a no-script policy instead.
    expect(pdf200.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('when a quote is entered with its file, then the file is a quote document of that dispatch', async () => {
    const ticket = await createTicket(t, manager, { type: 'DS', contractors: [{ contractorId: refs.contractor('F-006').id }] });
    const uploaded = await upload(t, manager, ticket.number, [{ name: 'devis.pdf', bytes: pdf() }]);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json().items[0].id;
    const after = await act(t, manager, ticket.number, { action: 'enter_quote', dispatchId: ticket.dispatches[0]!.id, amountCents: 184000, attachmentIds: [id] });
    expect(after.documents).toEqual([expect.objectContaining({ id, kind: 'quote', dispatchId: ticket.dispatches[0]!.id })]);
  });

  it('when an attachment id is used by a second action, then it is refused with unknown_reference', async () => {
    const ticket = await createTicket(t, manager);
    const id = (await upload(t, manager, ticket.number, [{ name: 'photo.png', bytes: png() }])).json().items[0].id;
    await act(t, manager, ticket.number, { action: 'add_attachments', attachmentIds: [id] });
    await refused(t, manager, ticket.number, { action: 'internal_note', body: 'encore', attachmentIds: [id] }, 422, 'unknown_reference');
  });

  it('when text, CSV and office files are uploaded, then each gets its type, and text is served as an attachment with its charset', async () => {
    const ticket = await createTicket(t, manager);
    const csv = Buffer.from('lot;montant\nA11;253,64 €\n', 'utf8');
    const legacy = Buffer.from('lot;libellé\nA11;réparé\n', 'latin1');
    const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const response = await upload(t, manager, ticket.number, [
      { name: 'export.csv', bytes: csv }, { name: 'ancien.txt', bytes: legacy }, { name: 'rapport.docx', bytes: docx }, { name: 'budget.ods', bytes: zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }) },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().items.map((i: { contentType: string }) => i.contentType)).toEqual([
      'text/csv; charset=utf-8', 'text/plain; charset=windows-1252',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.spreadsheet',
    ]);
    const served = await download(t, manager, response.json().items[0].url);
    expect(served.headers['content-disposition']).toMatch(/^attachment; /);
    expect(served.headers['content-security-policy']).toBe('sandbox');
    expect(served.rawPayload.equals(csv)).toBe(true);
  });
});

describe('refusals leave nothing behind', () => {
  it('when an .exe is renamed .pdf, then it is refused with 415 naming the file and nothing is stored', async () => {
    const ticket = await createTicket(t, manager);
    const before = filesOnDisk(t).length;
    const response = await upload(t, manager, ticket.number, [{ name: 'photo.png', bytes: png() }, { name: 'facture.pdf', bytes: EXE, type: 'application/pdf' }]);
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'file_type_not_allowed', details: { filename: 'facture.pdf' } });
    expect(response.json().error.message).toContain('facture.pdf');
    expect(await rowsOf(t, ticket.id)).toEqual([]);
    expect(filesOnDisk(t).length).toBe(before);
  });

  it('when a zip is named .pdf or a binary is named .txt, then both are refused', async () => {
    const ticket = await createTicket(t, manager);
    for (const part of [{ name: 'devis.pdf', bytes: zip({ 'a.txt': 'a' }) }, { name: 'notes.txt', bytes: Buffer.from([0x41, 0x00, 0x42, 0x01]) }, { name: 'archive.zip', bytes: zip({ 'a.txt': 'a' }) }]) {
      const response = await upload(t, manager, ticket.number, [part]);
      expect(response.statusCode, part.name).toBe(415);
    }
  });

  it('when the request holds no file, then 400 no_file; when it is JSON, then 415', async () => {
    const ticket = await createTicket(t, manager);
    const empty = await upload(t, manager, ticket.number, [], { comment: 'rien' });
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.json().error.code).toBe('no_file');
    const json = await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/attachments`, { files: [] });
    expect(json.statusCode, json.body).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
  });

  it('when the ticket is closed, then uploads are refused with 409 action_not_available', async () => {
    const ticket = await createTicket(t, manager);
    await act(t, manager, ticket.number, { action: 'close' });
    const response = await upload(t, manager, ticket.number, [{ name: 'photo.png', bytes: png() }]);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('action_not_available');
  });

  it('when a file is over ATTACHMENT_MAX_BYTES, then 413 names it and the limit, and neither it nor the files before it stay', async () => {
    const small = await createTestApp({ ATTACHMENT_MAX_BYTES: '1024' });
    try {
      const cookie = await small.login('manager@demo.gardien.test');
      const ticket = await createTicket(small, cookie);
      const big = Buffer.concat([pdf(), Buffer.alloc(4000, 0x20)]);
      const response = await upload(small, cookie, ticket.number, [{ name: 'photo.png', bytes: png() }, { name: 'gros devis.pdf', bytes: big }]);
      expect(response.statusCode, response.body).toBe(413);
      expect(response.json().error).toMatchObject({ code: 'file_too_large', details: { filename: 'gros devis.pdf', maxBytes: 1024 } });
      expect(response.json().error.message).toContain('gros devis.pdf');
      expect(response.json().error.message).toContain('1024 bytes');
      expect(await rowsOf(small, ticket.id)).toEqual([]);
      expect(filesOnDisk(small)).toEqual([]);

      // Just at the limit is fine.
      const exact = Buffer.concat([pdf(), Buffer.alloc(1024 - pdf().length, 0x20)]);
      const ok = await upload(small, cookie, ticket.number, [{ name: 'juste.pdf', bytes: exact }]);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().items[0].sizeBytes).toBe(1024);
    } finally {
      await small.close();
    }
  });

  it('when more than 10 files are sent at once, then 413 too_many_files and none is kept', async () => {
    const ticket = await createTicket(t, manager);
    const before = filesOnDisk(t).length;
    const response = await upload(t, manager, ticket.number, Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, bytes: png() })));
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error.code).toBe('too_many_files');
    expect(await rowsOf(t, ticket.id)).toEqual([]);
    expect(filesOnDisk(t).length).toBe(before);
  });
});

describe('who may upload and download', () => {
  it("when another agency's manager uploads to or downloads from a ticket, then both are 404", async () => {
    const ticket = await createTicket(t, manager);
    const url = (await upload(t, manager, ticket.number, [{ name: 'photo.png', bytes: png() }])).json().items[0].url as string;
    const other = await t.login(OTHER_MANAGER_EMAIL, 'gardien-demo');
    const up = await upload(t, other, ticket.number, [{ name: 'photo.png', bytes: png() }]);
    expect(up.statusCode, up.body).toBe(404);
    const down = await download(t, other, url);
    expect(down.statusCode, down.body).toBe(404);
    expect(down.json().error.code).toBe('not_found');
    expect((await rowsOf(t, ticket.id)).length).toBe(1);
  });

  it('when an attachment is asked for through another ticket, then 404; signed out, 401', async () => {
    const a = await createTicket(t, manager);
    const b = await createTicket(t, manager);
    const id = (await upload(t, manager, a.number, [{ name: 'photo.png', bytes: png() }])).json().items[0].id;
    expect((await download(t, manager, `/api/v1/tickets/${b.number}/attachments/${id}`)).statusCode).toBe(404);
    expect((await download(t, manager, `/api/v1/tickets/${a.number}/attachments/not-a-uuid`)).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tickets/${a.number}/attachments/${id}` })).statusCode).toBe(401);
  });

  it('when a cookie-signed upload comes from another site, then it is refused', async () => {
    const ticket = await createTicket(t, manager);
    const body = await multipart([{ name: 'photo.png', bytes: png() }]);
    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/tickets/${ticket.number}/attachments`,
      headers: { cookie: manager, 'content-type': body.contentType, 'sec-fetch-site': 'cross-site' }, payload: body.payload,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the upload routes in the API description', () => {
  it('when the OpenAPI document is read, then upload and download are described', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const path = doc.paths['/api/v1/tickets/{number}/attachments'];
    expect(path.post.requestBody.content['multipart/form-data']).toBeDefined();
    expect(doc.paths['/api/v1/tickets/{number}/attachments/{id}'].get.responses['200']).toBeDefined();
  });
});

describe('purging staged uploads', () => {
  it('when uploads were never used for 24 h, then the purge removes their rows and files and keeps linked and recent ones', async () => {
    const ticket = await createTicket(t, manager);
    const start = t.clock.current;
    try {
      const [stale, linked] = (await upload(t, manager, ticket.number, [{ name: 'oubli.png', bytes: png() }, { name: 'garde.pdf', bytes: pdf() }])).json().items as { id: string }[];
      await act(t, manager, ticket.number, { action: 'add_attachments', attachmentIds: [linked!.id] });
      t.clock.current = new Date(start.getTime() + 25 * 60 * 60 * 1000);
      const fresh = await t.login('manager@demo.gardien.test');
      const recent = (await upload(t, fresh, ticket.number, [{ name: 'recent.png', bytes: png() }])).json().items[0] as { id: string };
      const keyOf = async (id: string) => (await rowsOf(t, ticket.id)).find((r) => r.id === id)?.storageKey;
      const staleKey = (await keyOf(stale!.id))!;

      const outcome = await purgeStagedAttachments(t.ctx);
      expect(outcome.purged).toBeGreaterThanOrEqual(1);
      expect(outcome.failedKeys).toEqual([]);
      const left = (await rowsOf(t, ticket.id)).map((r) => r.id).sort();
      expect(left).toEqual([linked!.id, recent.id].sort());
      expect(filesOnDisk(t)).not.toContain(staleKey);
      expect(filesOnDisk(t)).toContain((await keyOf(linked!.id))!);
      expect((await download(t, fresh, `/api/v1/tickets/${ticket.number}/attachments/${linked!.id}`)).statusCode).toBe(200);
    } finally {
      t.clock.current = start;
    }
  });
});
