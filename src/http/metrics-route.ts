// GET /metrics, the Prometheus scrape (docs/operations.md "Metrics"), and the hook that counts
// every answered request by its route template (never the raw URL: ids and links' secrets would
// make a series each). The route is `public` to the access control; its own rule is
// metricsRefusal: a bearer METRICS_TOKEN when one is set, else loopback clients only, and
// not through a proxy (a reverse proxy on the same machine makes every client look loopback).
// Hidden from the OpenAPI document: it is an operator's endpoint, not the API's.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function sameSecret(given: string, expected: string): boolean {
  // Digests of equal length, so the comparison's time says nothing of either.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

/** Why this scrape is refused, or undefined when it may read the metrics. `ip` is request.ip
 * (TRUST_PROXY honoured); `forwarded`: the request came through a proxy (it carries
 * X-Forwarded-For, Forwarded or X-Real-IP), which a proxy on this machine makes look loopback. */
export function metricsRefusal(token: string | undefined, authorization: string | undefined, ip: string, forwarded = false): DomainError | undefined {
  if (token) {
    const given = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
    if (!given) return new DomainError('metrics_token_required', 'The metrics need the header Authorization: Bearer <METRICS_TOKEN>.');
    return sameSecret(given, token) ? undefined : new DomainError('metrics_token_invalid', 'This is not the metrics token (METRICS_TOKEN).');
  }
  if (isLoopback(ip) && !forwarded) return undefined;
  return new DomainError('metrics_forbidden', 'Without METRICS_TOKEN the metrics answer only on this machine (loopback, not through a proxy): set METRICS_TOKEN to scrape from elsewhere, or use METRICS_PORT.');
}

/** Counts every answer, and serves GET /metrics. */
export function registerMetrics(app: FastifyInstance, ctx: AppContext) {
  const metrics = ctx.metrics;
  if (!metrics) return;
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched'), status: String(reply.statusCode) };
    metrics.http.requests.inc(labels);
    metrics.http.duration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const { headers } = request;
      const forwarded = headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined || headers['x-real-ip'] !== undefined;
      const refusal = metricsRefusal(ctx.config.metrics.token, headers.authorization, request.ip, forwarded);
      if (refusal) throw refusal;
      return reply.type(metrics.contentType).send(await metrics.scrape());
    },
  });
}
