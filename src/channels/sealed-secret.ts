// A secret the server must read back (an IMAP password, a webhook's signing secret), stored
// AES-256-GCM sealed with a key derived from GARDIEN_SECRET and a label per use, so the database
// alone does not give it away and one use's key opens nothing of another's.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const keyOf = (serverSecret: string, label: string) => createHash('sha256').update(`gardien:${label}:${serverSecret}`).digest();

export function sealSecret(serverSecret: string, label: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(serverSecret, label), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join(':');
}

/** The secret, or undefined when it cannot be read (another GARDIEN_SECRET, damaged). */
export function unsealSecret(serverSecret: string, label: string, stored: string): string | undefined {
  const [version, iv, tag, sealed] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || sealed === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(serverSecret, label), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
