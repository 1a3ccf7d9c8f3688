// The web form's token: the time its page was opened, signed by the server (HMAC-SHA256 with the
// server's secret, bound to the agency), so that the time-to-submit check needs neither a session
// nor a table. `v1.<issued at, ms in base 36>.<signature>`.
import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 'v1';

function signature(secret: string, organizationId: string, issuedAt: string): string {
  return createHmac('sha256', secret).update(`gardien-webform|${organizationId}|${issuedAt}`).digest('base64url');
}

/** A token for a form of the agency opened at `now`. */
export function issueFormToken(secret: string, organizationId: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  return `${VERSION}.${issuedAt}.${signature(secret, organizationId, issuedAt)}`;
}

/** When the form was opened (ms since the epoch), or undefined when the token is not one of ours
 * for this agency. */
export function readFormToken(secret: string, organizationId: string, token: string): number | undefined {
  const [version, issuedAt, given, ...rest] = token.split('.');
  if (version !== VERSION || !issuedAt || !given || rest.length || !/^[0-9a-z]{1,12}$/.test(issuedAt)) return undefined;
  const expected = Buffer.from(signature(secret, organizationId, issuedAt));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  const time = Number.parseInt(issuedAt, 36);
  return Number.isSafeInteger(time) ? time : undefined;
}
