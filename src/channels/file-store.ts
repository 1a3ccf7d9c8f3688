// Where the bytes of attachments live. Use cases see only this interface; the disk store (the
// default, under DATA_DIR/files) and the S3-compatible store implement it (open-file-store.ts
// chooses by configuration). Rows in `attachments` hold the key; the store holds the bytes.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface FileStore {
  /** Stores `body` under `key`, whole or not at all: a failed or interrupted put leaves nothing readable. */
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** The bytes under `key`; rejects with StoredFileMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes `key`; a key that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Every key the store holds, in no particular order (backups read them all). */
  list(): AsyncIterable<string>;
}

/** No bytes are stored under this key. */
export class StoredFileMissing extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`No stored file under "${key}".`);
    this.name = 'StoredFileMissing';
    this.key = key;
  }
}

// Segments start with a letter or digit, so "." and ".." (and hidden temp files) cannot be keys.
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,127}){0,7}$/;

/** Whether `key` is one a put accepts (listings skip anything else: temporary files, strangers). */
export function isValidKey(key: string): boolean {
  return KEY.test(key);
}

/** Throws unless `key` is a safe relative key: segments of [A-Za-z0-9_.-], no "..", no leading "/". */
export function assertValidKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key "${key}".`);
}

/** A new key for a file of an organization: `{orgId}/{yyyy}/{mm}/{uuid}`. */
export function newStorageKey(organizationId: string, now: Date): string {
  const yyyy = String(now.getUTCFullYear());
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  const key = `${organizationId}/${yyyy}/${mm}/${randomUUID()}`;
  assertValidKey(key);
  return key;
}
