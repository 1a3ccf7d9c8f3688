// One try of a delivery: a POST of the body to the webhook's URL, with the address checked where
// the connection is made (the resolver's answer, not the name: a name re-pointed at the server's
// own network after the check gains nothing), no redirect followed, a time limit, and only the
// start of the answer kept.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isPrivateAddress } from '../channels/network-address.ts';
import { isPrivateHostLiteral } from './check-webhook-url.ts';

export interface TryResult {
  /** The receiver's status; null when no answer came. */
  status: number | null;
  body: string | null;
  /** `code: words` when no answer came (address_not_allowed, timeout, host_not_found, …). */
  error: string | null;
  durationMs: number;
}

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs: number;
  keepBytes: number;
}

class AddressRefused extends Error {
  code = 'address_not_allowed';
}

const FAILURES: Record<string, string> = {
  address_not_allowed: 'the address is on a private network or loopback (WEBHOOK_PRIVATE_HOSTS=1 allows it)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved now',
  ECONNREFUSED: 'the receiver refused the connection',
  ECONNRESET: 'the receiver closed the connection',
  ETIMEDOUT: 'the receiver did not answer in time',
  timeout: 'the receiver did not answer in time',
};

const CODES: Record<string, string> = { ENOTFOUND: 'host_not_found', EAI_AGAIN: 'host_not_found', ECONNREFUSED: 'connection_refused', ECONNRESET: 'connection_reset', ETIMEDOUT: 'timeout' };

function describe(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code in FAILURES) return `${CODES[code] ?? code}: ${FAILURES[code]}`;
  if (/CERT|SSL|TLS/i.test(code)) return `tls_error: ${(error as Error).message}`;
  return `connection_failed: ${(error as Error).message ?? String(error)}`;
}

/** The resolver, refusing private addresses unless allowed (every address of the answer is checked). */
function guardedLookup(allowPrivate: boolean): typeof dnsLookup {
  return ((hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options }, (error, address, family) => {
      if (error) return callback(error, '', 0);
      const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
      if (!allowPrivate && addresses.some(isPrivateAddress)) return callback(new AddressRefused(`${hostname} resolves to a private address`), '', 0);
      callback(null, address as string, family);
    });
  }) as typeof dnsLookup;
}

/** Sends the request once; never throws. */
export function postWebhook(request: WebhookRequest): Promise<TryResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return resolve({ status: null, body: null, error: 'invalid_url: the URL cannot be read', durationMs: took() });
    }
    if (!request.allowPrivate && isPrivateHostLiteral(url.hostname)) {
      return resolve({ status: null, body: null, error: describe(new AddressRefused('')), durationMs: took() });
    }
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (result: Omit<TryResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: took() });
    };
    const outgoing = client.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request.body)), 'user-agent': 'Gardien-Webhooks/1', ...request.headers },
      lookup: guardedLookup(request.allowPrivate),
      timeout: request.timeoutMs,
      agent: false,
    });
    outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })));
    outgoing.on('error', (error) => finish({ status: null, body: null, error: describe(error) }));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      // Kept as text: bytes that are not UTF-8 become U+FFFD, and NUL (which no text column
      // takes) too, so a binary or gzipped answer is recorded like any other.
      const done = () => finish({ status: response.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8').replaceAll('\u0000', '\uFFFD'), error: null });
      response.on('data', (chunk: Buffer) => {
        if (kept >= request.keepBytes) return;
        chunks.push(chunk.subarray(0, request.keepBytes - kept));
        kept += Math.min(chunk.length, request.keepBytes - kept);
        // Enough of it: the rest is not read.
        if (kept >= request.keepBytes) {
          done();
          response.destroy();
        }
      });
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    // The whole try, answer included, within the time limit.
    const limit = setTimeout(() => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })), request.timeoutMs);
    outgoing.on('close', () => clearTimeout(limit));
    outgoing.end(request.body);
  });
}
