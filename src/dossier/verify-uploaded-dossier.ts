// The cockpit's and the API's check of a dossier: the uploaded zip is written to a temporary file
// (yauzl reads a zip from its end, so it needs the whole file; the upload's limit bounds it), then
// read and judged like the CLI does; the file is removed whatever happens. A zip that is no
// Gardien dossier at all is a 422 `not_a_dossier`, bytes that are no zip a 422 `dossier_unreadable`.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { IncomingFile } from '../tickets/upload-attachments.ts';
import { verifyDossier, type DossierVerdict } from './verify-dossier.ts';
import { DEFAULT_DOSSIER_LIMITS } from './read-dossier-zip.ts';

export async function verifyUploadedDossier(ctx: AppContext, files: AsyncIterable<IncomingFile>): Promise<DossierVerdict> {
  const folder = await mkdtemp(join(tmpdir(), 'gardien-dossier-'));
  try {
    const path = join(folder, 'dossier.zip');
    let received = false;
    for await (const file of files) {
      if (received) {
        file.stream.resume();
        continue;
      }
      await pipeline(file.stream, createWriteStream(path, { flags: 'wx' }));
      received = true;
    }
    if (!received) throw new DomainError('no_file', 'Send the dossier (the documents zip) as a file part.');
    // A dossier's files are mostly photos and PDFs, which zip hardly shrinks: ten times the upload
    // is room enough, and bounds what a small "zip bomb" could make the server unpack.
    const uploaded = (await stat(path)).size;
    const verdict = await verifyDossier(ctx.db, path, { ...DEFAULT_DOSSIER_LIMITS, maxTotalBytes: Math.max(64 * 1024 * 1024, 10 * uploaded) });
    if (verdict.verdict === 'not_a_dossier') {
      throw new DomainError('not_a_dossier', 'This zip is not a Gardien closing dossier: it has neither manifest.json nor signature.json.');
    }
    return verdict;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
