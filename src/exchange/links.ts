// Personal links for parties without an account: a 256-bit random secret in the URL, only its
// hash in the database, scoped to one ticket and one party, expiring, revocable. The URL's secret
// is exchanged for a short-lived signed cookie on first use, so it does not linger in logs and
// referrers.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { newSecret, hashSecret } from '../auth/secrets.ts';
import { insertExchangeToken } from '../db/repositories/exchange-tokens.ts';

export const EXCHANGE_COOKIE = 'gardien_x';
const COOKIE_MINUTES = 120;

/** Creates a link for a dispatch's contractor or a party; returns its URL. */
export async function mintLink(
  db: Db,
  settings: { publicUrl: string; linkDays: number },
  target: { organizationId: string; ticketId: string; dispatchId?: string | null; partyId?: string | null },
  now: Date,
): Promise<string> {
  const secret = newSecret();
  await insertExchangeToken(db, {
    organizationId: target.organizationId,
    ticketId: target.ticketId,
    dispatchId: target.dispatchId ?? null,
    partyId: target.partyId ?? null,
    tokenHash: hashSecret(secret),
    createdAt: now,
    expiresAt: new Date(now.getTime() + settings.linkDays * 86_400_000),
  });
  return `${settings.publicUrl}/x/${secret}`;
}

function sign(serverSecret: string, value: string): string {
  return createHmac('sha256', serverSecret).update(value).digest('base64url');
}

/** The cookie value that stands for a link for two hours: the link's id, an expiry, a signature. */
export function exchangeCookie(serverSecret: string, tokenId: string, now: Date): { value: string; maxAgeSeconds: number } {
  const expires = Math.floor(now.getTime() / 1000) + COOKIE_MINUTES * 60;
  const value = `${tokenId}.${expires}`;
  return { value: `${value}.${sign(serverSecret, value)}`, maxAgeSeconds: COOKIE_MINUTES * 60 };
}

/** The link id a cookie stands for, when its signature holds and it has not expired. */
export function readExchangeCookie(serverSecret: string, cookie: string | undefined, now: Date): string | undefined {
  if (!cookie) return undefined;
  const [tokenId, expires, signature] = cookie.split('.');
  if (!tokenId || !expires || !signature) return undefined;
  const expected = Buffer.from(sign(serverSecret, `${tokenId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  if (Number(expires) * 1000 < now.getTime()) return undefined;
  return tokenId;
}
