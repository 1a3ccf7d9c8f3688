// A delivery's signature (docs/webhooks.md): HMAC-SHA256, keyed by the webhook's secret, of
// `{timestamp}.{body}` — the Unix time in seconds it was sent and the exact bytes of the body —
// sent as `Gardien-Signature: t={timestamp},v1={hex}`. A receiver recomputes it over the bytes it
// received and refuses an old timestamp, so a captured delivery cannot be played again later.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WEBHOOK_RULES } from '../domain/webhooks/delivery-rules.ts';

export const SIGNATURE_HEADER = 'gardien-signature';

/** A new signing secret, shown once to the admin who makes (or renews) the webhook. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header's value for a body sent at `timestamp` (seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

/** What a receiver does: the header read, the HMAC compared in constant time, the age checked. */
export function verifySignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds: number = WEBHOOK_RULES.signatureToleranceSeconds): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
