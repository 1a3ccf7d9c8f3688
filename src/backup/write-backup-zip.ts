// Writes a backup zip (yazl) entry by entry, hashing each as it goes in, into `FILE.partial`
// (mode 0600: a backup holds everything), renamed to FILE once the manifest, written last, is
// in: an interrupted backup leaves no file that looks whole.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { MANIFEST_NAME, type BackupManifest, type ManifestFile } from './backup-format.ts';

export interface BackupWriter {
  addBuffer(entry: string, bytes: Buffer, compress?: boolean): ManifestFile;
  /** Adds a stream's bytes; resolves once they are all in the zip. */
  addStream(entry: string, source: Readable, compress?: boolean): Promise<ManifestFile>;
  /** Writes the manifest, closes the zip and puts it at its path. */
  finish(manifest: BackupManifest): Promise<void>;
  /** Removes what was written. */
  abort(): Promise<void>;
}

/** Starts a backup zip at `path`. */
export function writeBackupZip(path: string): BackupWriter {
  const partial = `${path}.partial`;
  const zip = new yazl.ZipFile();
  const out = createWriteStream(partial, { mode: 0o600, flush: true });
  const written = finished(out);
  written.catch(() => undefined);
  zip.outputStream.pipe(out);
  const mtime = new Date();

  return {
    addBuffer(entry, bytes, compress = true) {
      zip.addBuffer(bytes, entry, { compress, mtime });
      return { entry, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async addStream(entry, source, compress = true) {
      const hash = createHash('sha256');
      let bytes = 0;
      const counting = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      source.on('error', (error) => counting.destroy(error));
      zip.addReadStream(source.pipe(counting), entry, { compress, mtime });
      await Promise.race([finished(counting, { writable: false }), written]);
      return { entry, bytes, sha256: hash.digest('hex') };
    },
    async finish(manifest) {
      zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_NAME, { mtime });
      zip.end();
      await written;
      await rename(partial, path);
    },
    async abort() {
      zip.outputStream.unpipe(out);
      out.destroy();
      await rm(partial, { force: true });
    },
  };
}
