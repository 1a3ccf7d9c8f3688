// Random secrets (session cookies, API tokens) and the hash under which they are stored.
import { randomBytes, createHash } from 'node:crypto';

/** A 256-bit random secret, base64url, with an optional readable prefix. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The stored form of a secret: only its SHA-256 ever reaches the database. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
