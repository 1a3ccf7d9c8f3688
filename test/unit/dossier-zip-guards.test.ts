// What an uploaded zip may hold before a dossier's check gives up: odd entries (a `..` path, an
// absolute one), too many entries, too many bytes once unpacked, bytes that are no zip; and a
// name present twice is a finding, not a crash.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipOf } from '../support/documents.ts';
import { readDossierZip } from '../../src/dossier/read-dossier-zip.ts';
import { judgeDossier } from '../../src/dossier/verify-dossier.ts';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gardien-zip-guards-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function zipFile(name: string, entries: [string, Buffer][], rename?: [string, string]): Promise<string> {
  let bytes = await zipOf(entries);
  // yazl refuses unsafe names: they are written over a safe one of the same length.
  if (rename) bytes = Buffer.from(bytes.toString('latin1').split(rename[0]).join(rename[1]), 'latin1');
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** The refusal's code and sentence. */
const refusal = (promise: Promise<unknown>) => promise.then(() => 'read', (error: { code?: string; message: string }) => `${error.code}: ${error.message}`);

describe('reading a zip to check', () => {
  it('when an entry climbs out of the folder or is absolute, then the zip is unreadable', async () => {
    expect(await refusal(readDossierZip(await zipFile('up.zip', [['aa/evil.txt', Buffer.from('x')]], ['aa/evil.txt', '../evil.txt'])))).toMatch(/^dossier_unreadable: .*invalid relative path/);
    expect(await refusal(readDossierZip(await zipFile('abs.zip', [['xetc/passwd', Buffer.from('x')]], ['xetc/passwd', '/etc/passwd'])))).toMatch(/^dossier_unreadable: .*absolute path/);
  });

  it('when the zip has more entries or more bytes than allowed, or is no zip, then it is unreadable', async () => {
    const three = await zipFile('three.zip', [['a', Buffer.from('1')], ['b', Buffer.from('2')], ['c', Buffer.from('3')]]);
    expect(await refusal(readDossierZip(three, { maxEntries: 2, maxTotalBytes: 1000 }))).toMatch(/^dossier_unreadable: .*3 entries, more than the 2/);
    const big = await zipFile('big.zip', [['zeros.txt', Buffer.alloc(100_000)]]);
    expect(await refusal(readDossierZip(big, { maxEntries: 10, maxTotalBytes: 10_000 }))).toMatch(/^dossier_unreadable: .*unpack to more than/);
    writeFileSync(join(folder, 'text.zip'), 'bonjour');
    expect(await refusal(readDossierZip(join(folder, 'text.zip')))).toMatch(/^dossier_unreadable: .*not a zip/);
  });

  it('when a name is present twice, then the check names it as a finding', async () => {
    const read = await readDossierZip(await zipFile('twice.zip', [['manifest.json', Buffer.from('{}')], ['document/a.png', Buffer.from('1')], ['document/a.png', Buffer.from('2')]]));
    const verdict = await judgeDossier(read, async () => true);
    expect(verdict.verdict).toBe('altered');
    expect(verdict.findings).toEqual(expect.arrayContaining([{ code: 'duplicate_entry', path: 'document/a.png' }, { code: 'signature_missing' }, { code: 'manifest_unreadable' }]));
  });
});
