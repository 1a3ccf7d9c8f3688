// The closing dossier proves itself: a work order with a photo and an invoice, closed; its zip
// carries a manifest (sizes and SHA-256 computed here), a signature that verifies with the public
// key it names, a summary that prints the manifest's hash; the check says intact, and names what
// changed in zips tampered with here (a byte, a file removed or added, the manifest, the
// signature, another key's signature); bytes that are no dossier are refused with a code. The
// CLI, run as a process on this database, says the same with its exit codes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPglite } from '../../src/db/pglite.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act } from '../support/tickets.ts';
import { MULTIPART_TYPE, multipartBody } from '../support/uploads.ts';
import { pdf, pdfText, png, uploadFiles, zipOf } from '../support/documents.ts';
import { unzip } from '../support/unzip.ts';
import { runCli } from '../support/cli-process.ts';
import { dossierKeys } from '../../src/db/schema/index.ts';
import { activeDossierKey } from '../../src/dossier/dossier-key.ts';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

let t: TestApp;
let manager: string;
let n: number;
let zip: Buffer;
let entries: Map<string, Buffer>;
const photo = png(33);
const invoice = pdf();
const summaryName = () => `ticket-${n}.pdf`;

interface Manifest {
  format: string;
  ticket: { agency: string; number: number; subject: string; closedAt: string | null };
  createdAt: string;
  summary: { path: string };
  files: { path: string; size: number; sha256: string; mediaType: string; origin: { attachmentId: string; eventSeq: number; eventType: string; eventAt: string; actor: string } | null }[];
}
interface Signature { algorithm: string; keyFingerprint: string; publicKey: string; signedAt: string; signedHashes: Record<string, string>; signature: string }

/** The bytes docs/dossier.md says are signed, rebuilt here by hand. */
function message(s: Pick<Signature, 'keyFingerprint' | 'signedAt' | 'signedHashes'>): Buffer {
  const hashes = Object.keys(s.signedHashes).sort().map((path) => `sha256 ${s.signedHashes[path]} ${path}\n`).join('');
  return Buffer.from(`gardien-dossier-signature/1\nkey ${s.keyFingerprint}\nsignedAt ${s.signedAt}\n${hashes}`, 'utf8');
}

async function check(bytes: Buffer, name = 'dossier.zip') {
  const response = await t.app.inject({
    method: 'POST', url: '/api/v1/dossiers/verify',
    headers: { cookie: manager, 'content-type': MULTIPART_TYPE },
    payload: multipartBody([{ field: 'file', filename: name, type: 'application/zip', content: bytes }]),
  });
  return response;
}

async function verdictOf(changed: Map<string, Buffer>) {
  const response = await check(await zipOf(changed));
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { verdict: string; findings: { code: string; path?: string }[]; ticket: { number: number } | null };
}

const edited = (change: (m: Map<string, Buffer>) => void) => {
  const copy = new Map([...entries].map(([k, v]) => [k, Buffer.from(v)]));
  change(copy);
  return copy;
};

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite sous l’évier du local vélos', description: 'Flaque au sol',
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
  });
  expect(created.statusCode, created.body).toBe(201);
  n = created.json().number;
  const dispatchId = created.json().dispatches[0].id;
  const [photoId, invoiceId] = await uploadFiles(t, manager, n, [{ name: 'fuite.png', bytes: photo }, { name: 'facture.pdf', bytes: invoice }]);
  await act(t, manager, n, { action: 'enter_acceptance', dispatchId, startsAt: '2026-11-25T09:00:00+01:00', durationMinutes: 60 });
  await act(t, manager, n, { action: 'validate_appointment', dispatchId });
  await act(t, manager, n, { action: 'enter_completion', dispatchId, comment: 'Joint changé' });
  await act(t, manager, n, { action: 'add_attachments', attachmentIds: [photoId] });
  await act(t, manager, n, { action: 'request_invoice', dispatchId });
  await act(t, manager, n, { action: 'enter_invoice', dispatchId, amountCents: 12000, attachmentIds: [invoiceId] });
  await act(t, manager, n, { action: 'close' });
});
afterAll(() => t?.close());

describe('the server key', () => {
  it('when two requests want the key at once on a server without one, then one key is made and both get it', async () => {
    await t.ctx.db.delete(dossierKeys);
    const [a, b] = await Promise.all([activeDossierKey(t.ctx.db), activeDossierKey(t.ctx.db)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    const rows = await t.ctx.db.select().from(dossierKeys);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fingerprint).toBe(sha256(createPublicKey(rows[0]!.publicKey).export({ type: 'spki', format: 'der' })));
  });
});

describe('the dossier', () => {
  it('when a closed ticket’s documents are downloaded, then the manifest lists every document with its size, SHA-256 and origin', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/tickets/${n}/documents.zip`);
    expect(response.statusCode, response.body).toBe(200);
    zip = response.rawPayload;
    entries = await unzip(zip);
    const names = [...entries.keys()];
    expect(names[0]).toBe(summaryName());
    expect(names.slice(1, 3).sort()).toEqual(['document/fuite.png', 'invoice/facture.pdf']);
    // The proof comes last, once every document's hash is known.
    expect(names.slice(3)).toEqual(['manifest.json', 'signature.json']);

    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.format).toBe('gardien-dossier/1');
    expect(manifest.ticket).toMatchObject({ agency: 'Agence Démo Gardien', number: n, subject: 'Fuite sous l’évier du local vélos' });
    expect(manifest.ticket.closedAt).not.toBeNull();
    expect(manifest.summary.path).toBe(summaryName());
    manifest.files.sort((a, b) => a.path.localeCompare(b.path));
    expect(manifest.files.map((f) => [f.path, f.size, f.sha256, f.mediaType])).toEqual([
      ['document/fuite.png', photo.length, sha256(photo), 'image/png'],
      ['invoice/facture.pdf', invoice.length, sha256(invoice), 'application/pdf'],
    ]);
    const history = (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json();
    const events = (history.items ?? history) as { seq: number; type: string }[];
    const invoiceOrigin = manifest.files.find((f) => f.path === 'invoice/facture.pdf')!.origin!;
    expect(invoiceOrigin).toMatchObject({ eventType: 'invoice_received', actor: 'Camille Martin' });
    expect(events.find((e) => e.seq === invoiceOrigin.eventSeq)?.type).toBe('invoice_received');
    expect(manifest.files.find((f) => f.path === 'document/fuite.png')!.origin).toMatchObject({ eventType: 'attachments_added', actor: 'Camille Martin' });
  });

  it('then the signature verifies with the public key over the manifest’s and the summary’s SHA-256, and the key is the server’s', async () => {
    const signature = JSON.parse(entries.get('signature.json')!.toString('utf8')) as Signature;
    expect(signature.algorithm).toBe('Ed25519');
    expect(signature.signedHashes).toEqual({ 'manifest.json': sha256(entries.get('manifest.json')!), [summaryName()]: sha256(entries.get(summaryName())!) });
    expect(verify(null, message(signature), signature.publicKey, Buffer.from(signature.signature, 'base64'))).toBe(true);
    const [key] = await t.ctx.db.select().from(dossierKeys);
    expect(signature.keyFingerprint).toBe(key!.fingerprint);
    expect(signature.publicKey).toBe(key!.publicKey);
  });

  it('then the summary PDF prints the manifest’s SHA-256 and the key’s fingerprint', async () => {
    const text = await pdfText(entries.get(summaryName())!);
    const signature = JSON.parse(entries.get('signature.json')!.toString('utf8')) as Signature;
    expect(text).toContain(`Empreinte du dossier (SHA-256) : ${sha256(entries.get('manifest.json')!)}`);
    expect(text).toContain(signature.keyFingerprint);
  });
});

describe('the check', () => {
  it('when the dossier is checked as downloaded, then it is intact', async () => {
    const response = await check(zip);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ verdict: 'intact', findings: [], files: 2, ticket: { number: n } });
  });

  it('when one byte of a document changed, then that file is named', async () => {
    const verdict = await verdictOf(edited((m) => {
      const bytes = m.get('document/fuite.png')!;
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0x01, bytes.length - 5);
    }));
    expect(verdict.verdict).toBe('altered');
    expect(verdict.findings).toEqual([{ code: 'file_changed', path: 'document/fuite.png' }]);
  });

  it('when a file was removed or one added, then each is named', async () => {
    expect((await verdictOf(edited((m) => m.delete('invoice/facture.pdf')))).findings).toEqual([{ code: 'file_missing', path: 'invoice/facture.pdf' }]);
    expect((await verdictOf(edited((m) => m.set('document/autre.png', png(99))))).findings).toEqual([{ code: 'extra_file', path: 'document/autre.png' }]);
    expect((await verdictOf(edited((m) => m.delete(summaryName())))).findings).toEqual([{ code: 'file_missing', path: summaryName() }]);
  });

  it('when the manifest was edited, then the check says so', async () => {
    const verdict = await verdictOf(edited((m) => {
      const manifest = JSON.parse(m.get('manifest.json')!.toString('utf8')) as Manifest;
      manifest.ticket.subject = 'Rien à signaler';
      m.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    }));
    expect(verdict.findings).toEqual([{ code: 'manifest_altered' }]);
  });

  it('when the signature was edited, then it does not verify', async () => {
    const verdict = await verdictOf(edited((m) => {
      const signature = JSON.parse(m.get('signature.json')!.toString('utf8')) as Signature;
      signature.signedAt = '2020-01-01T00:00:00.000Z';
      m.set('signature.json', Buffer.from(JSON.stringify(signature)));
    }));
    expect(verdict.findings).toEqual([{ code: 'signature_invalid' }]);
  });

  it('when someone changed a file and signed the dossier again with a key of their own, then the key is unknown to this server', async () => {
    const verdict = await verdictOf(edited((m) => {
      const manifest = JSON.parse(m.get('manifest.json')!.toString('utf8')) as Manifest;
      const forged = Buffer.from(invoice.toString('latin1').replace('/Count 0', '/Count 1'), 'latin1');
      m.set('invoice/facture.pdf', forged);
      manifest.files = manifest.files.map((f) => (f.path === 'invoice/facture.pdf' ? { ...f, size: forged.length, sha256: sha256(forged) } : f));
      const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
      m.set('manifest.json', manifestBytes);
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const fields = {
        keyFingerprint: sha256(publicKey.export({ type: 'spki', format: 'der' })), signedAt: new Date().toISOString(),
        signedHashes: { 'manifest.json': sha256(manifestBytes), [summaryName()]: sha256(m.get(summaryName())!) },
      };
      const signature = { format: 'gardien-dossier-signature/1', algorithm: 'Ed25519', ...fields, publicKey: publicPem, signature: sign(null, message(fields), privateKey).toString('base64') };
      m.set('signature.json', Buffer.from(JSON.stringify(signature)));
    }));
    expect(verdict.findings).toEqual([{ code: 'key_unknown' }]);
  });

  it('when the file is a zip of something else, or not a zip, or nothing, then the answer is a 4xx with its code', async () => {
    const other = await check(await zipOf([['photo.png', png(1)]]));
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('not_a_dossier');
    const notZip = await check(Buffer.from('ceci n’est pas un zip'));
    expect(notZip.statusCode).toBe(422);
    expect(notZip.json().error.code).toBe('dossier_unreadable');
    const none = await t.app.inject({
      method: 'POST', url: '/api/v1/dossiers/verify', headers: { cookie: manager, 'content-type': MULTIPART_TYPE },
      payload: multipartBody([{ field: 'note', content: 'rien' }]),
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('no_file');
  });

  it('when a small zip unpacks to far more than it weighs (a "zip bomb"), then it is refused unread', async () => {
    // 80 MiB of zeros deflate to some 80 KB: more than ten times the upload and than 64 MiB.
    const bomb = await zipOf([['manifest.json', Buffer.from('{}')], ['invoice/zeros.pdf', Buffer.alloc(80 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await check(bomb);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.code).toBe('dossier_unreadable');
  });

  it('when nobody is signed in, then the check answers 401; a user who does not work tickets gets 403', async () => {
    const payload = multipartBody([{ field: 'file', filename: 'd.zip', content: zip }]);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/verify', headers: { 'content-type': MULTIPART_TYPE }, payload });
    expect(response.statusCode).toBe(401);
    const admin = await t.login('admin@demo.gardien.test');
    const forbidden = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/verify', headers: { cookie: admin, 'content-type': MULTIPART_TYPE }, payload });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('gardien verify', () => {
  let folder: string;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gardien-verify-'));
    env.DATA_DIR = folder;
    if (t.testDatabase.url) {
      env.DATABASE_URL = t.testDatabase.url;
    } else {
      // The embedded database is in this process's memory: the CLI gets a copy in its data folder.
      env.DATABASE_URL = '';
      const dump = await t.testDatabase.database.pglite!.dumpDataDir('none');
      mkdirSync(join(folder, 'pgdata'), { recursive: true });
      const copy = await createPglite({ dataDir: join(folder, 'pgdata'), loadDataDir: dump });
      await copy.close();
    }
    writeFileSync(join(folder, 'good.zip'), zip);
    writeFileSync(join(folder, 'tampered.zip'), await zipOf(edited((m) => {
      const bytes = m.get('invoice/facture.pdf')!;
      bytes.writeUInt8(bytes.readUInt8(10) ^ 0x20, 10);
    })));
    writeFileSync(join(folder, 'broken.zip'), 'PK pas vraiment');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('when run on the dossier as downloaded, then it says intact and exits 0; on a tampered one it names the file and exits 1; on a broken file it exits 2', async () => {
    const good = await runCli(['verify', join(folder, 'good.zip')], env);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain(`Dossier intact du ticket n°${n} (Agence Démo Gardien) : la signature du serveur est valide et les 3 fichiers sont ceux d'origine.`);

    const tampered = await runCli(['verify', join(folder, 'tampered.zip'), '--lang', 'en'], env);
    expect(tampered.code, tampered.stderr).toBe(1);
    expect(tampered.stdout.trim().split('\n')).toEqual(['File changed: invoice/facture.pdf', `Dossier altered of ticket ${n} (Agence Démo Gardien): 1 finding.`]);

    const broken = await runCli(['verify', join(folder, 'broken.zip')], env);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Impossible de lire');
    // Two processes that each open the database (a PGlite start is seconds on a busy machine).
  }, 120_000);
});
