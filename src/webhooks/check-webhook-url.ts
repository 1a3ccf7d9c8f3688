// What a webhook's URL may be: http or https, a host, no credentials in it (they would show in
// the cockpit and the logs: a receiver checks the signature instead), at most 2,000 characters;
// not loopback or a private address written as such unless the operator allows private hosts.
// Names are checked again at each try on the address they resolve to (post-webhook.ts).
import { isIP } from 'node:net';
import { DomainError } from '../domain/errors.ts';
import { isPrivateAddress } from '../channels/network-address.ts';

/** Whether a host as written in a URL names the server's own network: an address in its ranges
 * (the URL parser has already read decimal, octal and hex IPv4 forms), or localhost. */
export function isPrivateHostLiteral(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isIP(host)) return isPrivateAddress(host);
  return host === 'localhost' || host.endsWith('.localhost');
}

/** The URL as it is kept, or a refusal naming the field. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): string {
  const invalid = (message: string) => new DomainError('webhook_url_invalid', message, [{ field: 'url', message }]);
  const value = raw.trim();
  if (value.length > 2000) throw invalid('The URL is longer than 2,000 characters.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('The URL cannot be read; write it in full, e.g. https://example.com/hooks/gardien.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('The URL must start with https:// (or http://).');
  if (!url.hostname) throw invalid('The URL has no host.');
  if (url.username || url.password) throw invalid('The URL must not hold a user name or password; the receiver checks the signature instead.');
  if (!allowPrivate && isPrivateHostLiteral(url.hostname)) {
    throw new DomainError('webhook_address_not_allowed', 'This address is on the server\'s own network (loopback or private); the operator may allow it with WEBHOOK_PRIVATE_HOSTS=1.', [{ field: 'url', message: 'is a private address' }]);
  }
  url.hash = '';
  return url.toString();
}
