// Files in a folder (DATA_DIR/files by default). A put writes a hidden temporary file next to
// its target, flushes it to disk, then renames it into place: a crash leaves either the whole
// file or no file under the key (at worst a hidden ".tmp" file, which no key can name).
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, opendir, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, isValidKey, StoredFileMissing, type FileStore } from './file-store.ts';

export class DiskFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path of a key, refused unless it lies inside the root. */
  pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key "${key}" leaves the storage folder.`);
    return path;
  }

  async put(key: string, body: Buffer | Readable, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
      // `flush`: the bytes reach the disk before the file is closed, hence before the rename.
      await pipeline(source, createWriteStream(temporary, { flags: 'wx', mode: 0o640, flush: true }));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Every file under the root whose path is a valid key (hidden temporary files are not). */
  async *list(): AsyncIterable<string> {
    let folder;
    try {
      folder = await opendir(this.root, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for await (const entry of folder) {
      if (!entry.isFile()) continue;
      const key = relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (isValidKey(key)) yield key;
    }
  }
}
