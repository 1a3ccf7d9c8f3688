// Twilio signs each callback (X-Twilio-Signature): base64 of HMAC-SHA1 with the account's auth
// token over the full URL Twilio called (scheme, host, path and query) followed by every POST
// parameter's name and value, sorted by name. The URL is tried as PUBLIC_URL says and with the
// scheme's default port added or removed, as Twilio's own helper libraries do.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature Twilio computes for this URL and these form parameters. */
export function twilioSignature(authToken: string, url: string, params: readonly (readonly [string, string])[]): string {
  const sorted = [...params].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const data = url + sorted.map(([name, value]) => name + value).join('');
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The URL with and without the scheme's default port (Twilio may sign either). */
function urlVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const defaultPort = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '';
  const rest = `${parsed.pathname}${parsed.search}`;
  const withPort = `${parsed.protocol}//${parsed.hostname}:${parsed.port || defaultPort}${rest}`;
  const withoutPort = parsed.port && parsed.port !== defaultPort ? withPort : `${parsed.protocol}//${parsed.hostname}${rest}`;
  return [...new Set([url, withPort, withoutPort])];
}

/** Whether `signature` is Twilio's for this request. */
export function isTwilioSignatureValid(authToken: string, url: string, params: readonly (readonly [string, string])[], signature: string | undefined): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature);
  return urlVariants(url).some((candidate) => {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
