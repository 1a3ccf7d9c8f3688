// Reading a portal secret someone brings (a link's token, a letter's or unit's code): what it is
// for, whether it still opens anything, and the codes printed for people to type.
import { randomInt } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import type { PortalTokenPurpose } from '../domain/portal/portal-codes.ts';
import { hashSecret } from '../auth/secrets.ts';
import { tokenByHash, type PortalTokenRow } from '../db/repositories/portal-accounts.ts';

/** Letters and digits that cannot be mistaken for each other when typed from paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A code to print: `groups` groups of 4 characters (20 bits each), e.g. `K7PM-3XQ9-TR4W`. */
export function newPrintedCode(groups: number): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) parts.push(Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''));
  return parts.join('-');
}

/** A code as typed, in its stored form: upper case, without spaces or dashes. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
}

export const hashCode = (code: string) => hashSecret(`code:${normaliseCode(code)}`);

/** Whether a secret may be used now; throws the answer the page shows otherwise. A used secret is `conflict`. */
export function checkUsable(token: PortalTokenRow | undefined, now: Date): PortalTokenRow {
  if (!token) throw new DomainError('link_invalid', 'This link is not valid: check that it was copied whole, or ask for a new one.');
  if (token.revokedAt) throw new DomainError('link_revoked', 'This link was replaced by a newer one: open the last email you received, or ask for a new one.');
  if (token.usedAt) throw new DomainError('conflict', 'This link was already used: sign in instead.');
  if (token.expiresAt && token.expiresAt <= now) throw new DomainError('link_expired', 'This link has expired: ask for a new one.');
  return token;
}

/** The live secret of a link for one purpose. */
export async function usableLink(db: Db, secret: string, purpose: PortalTokenPurpose, now: Date): Promise<PortalTokenRow> {
  const token = secret.length >= 20 && secret.length <= 200 ? await tokenByHash(db, hashSecret(secret), [purpose]) : undefined;
  return checkUsable(token, now);
}
