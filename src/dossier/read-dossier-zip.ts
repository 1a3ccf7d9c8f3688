// Reads a zip that claims to be a closing dossier, entry by entry, hashing each as a stream
// (yauzl): only manifest.json and signature.json are kept in memory. Guards against what an
// uploaded zip may hold: too many entries, entries too large (declared sizes are checked before
// reading, and yauzl holds every entry to its declared size, so a zip bomb stops at the limit),
// absolute or `..` paths and backslashes (yauzl refuses them), encrypted entries. Anything of
// that kind, or bytes that are not a zip, is a DomainError `dossier_unreadable`.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DomainError } from '../domain/errors.ts';
import { MANIFEST_NAME, SIGNATURE_NAME } from './dossier-format.ts';

export interface DossierLimits {
  /** Most entries a dossier may have. */
  maxEntries: number;
  /** Most bytes all entries may hold once unpacked. */
  maxTotalBytes: number;
}

export const DEFAULT_DOSSIER_LIMITS: DossierLimits = { maxEntries: 5000, maxTotalBytes: 4 * 1024 * 1024 * 1024 };

/** The proof files are small; anything larger is not one of ours. */
const MAX_PROOF_BYTES = 4 * 1024 * 1024;

export interface ReadEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface ReadDossier {
  entries: ReadEntry[];
  /** Names that appear more than once. */
  duplicates: string[];
  manifest?: Buffer;
  signature?: Buffer;
}

function unreadable(reason: string): DomainError {
  return new DomainError('dossier_unreadable', `This file cannot be read as a closing dossier: ${reason}.`, { reason });
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error) reject(unreadable(`it is not a zip (${error.message})`));
      else resolve(zip);
    });
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) reject(unreadable(`${entry.fileName} cannot be opened (${error.message})`));
      else resolve(stream);
    });
  });
}

/** Every file entry of the zip at `path`, hashed; the two proof files' bytes. */
export async function readDossierZip(path: string, limits: DossierLimits = DEFAULT_DOSSIER_LIMITS): Promise<ReadDossier> {
  const zip = await openZip(path);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw unreadable(`it has ${zip.entryCount} entries, more than the ${limits.maxEntries} a dossier may have`);
  }
  const result: ReadDossier = { entries: [], duplicates: [] };
  const seen = new Set<string>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => reject(error instanceof DomainError ? error : unreadable(error.message)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const name = entry.fileName;
          // A folder holds nothing to hash; one that holds bytes is a file like any other (extra).
          if (name.endsWith('/') && entry.uncompressedSize === 0) return;
          total += entry.uncompressedSize;
          if (total > limits.maxTotalBytes) throw unreadable(`its entries unpack to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MiB`);
          const proof = name === MANIFEST_NAME || name === SIGNATURE_NAME;
          if (proof && entry.uncompressedSize > MAX_PROOF_BYTES) throw unreadable(`${name} is too large to be a Gardien dossier's`);
          if (seen.has(name)) result.duplicates.push(name);
          seen.add(name);
          const hash = createHash('sha256');
          const kept: Buffer[] = [];
          let size = 0;
          for await (const chunk of (await openEntry(zip, entry)) as AsyncIterable<Buffer>) {
            size += chunk.length;
            hash.update(chunk);
            if (proof) kept.push(chunk);
          }
          result.entries.push({ path: name, size, sha256: hash.digest('hex') });
          if (name === MANIFEST_NAME && !result.manifest) result.manifest = Buffer.concat(kept);
          if (name === SIGNATURE_NAME && !result.signature) result.signature = Buffer.concat(kept);
        })().then(
          () => zip.readEntry(),
          (error: unknown) => reject(error instanceof DomainError ? error : unreadable(error instanceof Error ? error.message : String(error))),
        );
      });
      zip.readEntry();
    });
  } finally {
    if (zip.isOpen) zip.close();
  }
  return result;
}
