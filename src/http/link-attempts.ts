// Limits on parties' links, so that people behind one address do not share one limit
// (an office, a mobile carrier's NAT). Two limits work together:
// - every link route counts requests per address *and* secret prefix (its first six characters),
//   or per link for the page's signed cookie: a forger repeating a secret is limited without
//   touching the contractor next to them, who uses another secret;
// - wrong secrets are counted per address, whatever their prefix: past `maxFailures` in the
//   window (five times a route's limit, so that one forger repeating a secret never reaches it),
//   a secret from that address is refused before it is looked up, unless its prefix already
//   opened a link from there in the window (the genuine holder keeps working; the forger's new
//   guesses do not). The page's cookie is never concerned.
// Kept in the process's memory, like @fastify/rate-limit's own store.
import type { FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { DomainError } from '../domain/errors.ts';
import { EXCHANGE_COOKIE, readExchangeCookie } from '../exchange/links.ts';

const PREFIX = 6;

/** The first characters of a secret, the part that may be logged and keyed on. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, PREFIX);
}

/** The rate-limit key of a link route: the link for the page's cookie, else address + secret prefix. */
export function linkLimitKey(serverSecret: string, now: () => Date) {
  return (request: FastifyRequest): string => {
    const { token } = (request.params ?? {}) as { token?: string };
    if (token === 'session') {
      const tokenId = readExchangeCookie(serverSecret, request.cookies?.[EXCHANGE_COOKIE], now());
      if (tokenId) return `link:${tokenId}`;
    }
    return `${request.ip}|${secretPrefix(token ?? '')}`;
  };
}

interface AddressAttempts {
  failures: number;
  resetAt: number;
  opened: Set<string>;
}

/** Wrong secrets per address, and the prefixes that opened a link from it, over a window. */
export class LinkAttempts {
  private readonly byAddress = new Map<string, AddressAttempts>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(maxFailures = 300, windowMs = 60_000, now: () => number = Date.now) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.now = now;
  }

  private entry(address: string): AddressAttempts {
    const now = this.now();
    let entry = this.byAddress.get(address);
    if (!entry || entry.resetAt <= now) {
      if (this.byAddress.size > 10_000) for (const [key, e] of this.byAddress) if (e.resetAt <= now) this.byAddress.delete(key);
      entry = { failures: 0, resetAt: now + this.windowMs, opened: new Set() };
      this.byAddress.set(address, entry);
    }
    return entry;
  }

  /** Throws too_many_attempts when this secret may not even be looked up. */
  check(address: string, secret: string) {
    const entry = this.entry(address);
    if (entry.failures >= this.maxFailures && !entry.opened.has(secretPrefix(secret))) {
      throw new DomainError('too_many_attempts', 'Too many wrong links from this address: wait a minute, then open the link from your email or SMS again.');
    }
  }

  failed(address: string) {
    this.entry(address).failures += 1;
  }

  opened(address: string, secret: string) {
    this.entry(address).opened.add(secretPrefix(secret));
  }
}
