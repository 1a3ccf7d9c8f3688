// Opens a backup for restoring: the zip's central directory is read first (yauzl, entries kept by
// name), then the manifest, then entries one at a time as restore asks for them, each checked
// against the manifest's size and SHA-256 as it streams (yauzl does not check CRCs). The guards
// of read-dossier-zip.ts hold: `..`, absolute names and backslashes are refused by yauzl, entry
// sizes are held to their declared size, a name seen twice or a count beyond MAX_ENTRIES refuses
// the file. Every refusal is a DomainError `backup_unreadable`.
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { MANIFEST_NAME, notABackup, readManifest, type BackupManifest, type ManifestFile } from './backup-format.ts';

/** More entries than this is not a backup we made (a file per attachment, and a few more). */
export const MAX_ENTRIES = 5_000_000;
const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;

export interface OpenedBackup {
  manifest: BackupManifest;
  /** The bytes of `file`, checked; a failed check errors the stream with `backup_unreadable`. */
  open(file: ManifestFile): Promise<Readable>;
  /** The whole of `file` in memory, checked. */
  read(file: ManifestFile): Promise<Buffer>;
  /** Reads every entry the manifest names, checking each; rejects at the first that fails. */
  checkAll(): Promise<void>;
  close(): void;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error) reject(notABackup(`it is not a zip (${error.message})`));
      else resolve(zip);
    });
  });
}

function entries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const byName = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on('error', (error: Error) => reject(notABackup(error.message)));
    zip.on('end', () => resolve(byName));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (byName.has(entry.fileName)) return reject(notABackup(`${entry.fileName} is in it twice`));
      byName.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function stream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, readable) => {
      if (error) reject(notABackup(`${entry.fileName} cannot be read (${error.message})`));
      else resolve(readable);
    });
  });
}

async function collect(readable: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readable as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Opens the backup at `path` and reads its manifest. */
export async function openBackup(path: string): Promise<OpenedBackup> {
  const zip = await openZip(path);
  try {
    if (zip.entryCount > MAX_ENTRIES) throw notABackup(`it has ${zip.entryCount} entries, more than a backup has`);
    const byName = await entries(zip);
    const manifestEntry = byName.get(MANIFEST_NAME);
    if (!manifestEntry) throw notABackup(`it has no ${MANIFEST_NAME}`);
    if (manifestEntry.uncompressedSize > MAX_MANIFEST_BYTES) throw notABackup(`its ${MANIFEST_NAME} is too large`);
    const manifest = readManifest(await collect(await stream(zip, manifestEntry)).catch((error: unknown) => {
      throw error instanceof Error && 'code' in error && error.code === 'backup_unreadable' ? error : notABackup(`its ${MANIFEST_NAME} cannot be read`);
    }));
    const open = async (file: ManifestFile) => {
      const entry = byName.get(file.entry);
      if (!entry) throw notABackup(`${file.entry} is missing`);
      if (entry.uncompressedSize !== file.bytes) throw notABackup(`${file.entry} is not the size its manifest says`);
      const hash = createHash('sha256');
      let bytes = 0;
      const check = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
        flush(done) {
          if (bytes !== file.bytes || hash.digest('hex') !== file.sha256) done(notABackup(`${file.entry} is corrupted (its SHA-256 is not the manifest's)`));
          else done();
        },
      });
      const source = await stream(zip, entry);
      source.on('error', (error: Error) => check.destroy(notABackup(`${file.entry} cannot be read (${error.message})`)));
      return source.pipe(check);
    };
    const checkAll = async () => {
      const all = [...manifest.database.entries, ...manifest.files.items, ...(manifest.secret ? [manifest.secret] : [])];
      for (const file of all) for await (const _chunk of await open(file));
    };
    return { manifest, open, read: async (file) => collect(await open(file)), checkAll, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
