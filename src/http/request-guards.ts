// Guards of state-changing requests (POST, PUT, PATCH, DELETE), before access control:
// - an Origin header that is neither PUBLIC_URL's origin nor the request's own refuses the request
//   (403 cross_origin_request): a page of another site, even a sibling subdomain that SameSite=Lax
//   lets cookies through from, cannot act; API clients send no Origin and pass;
// - a Content-Type the route does not consume is refused even without a body (415): a bodyless
//   cross-site form (text/plain) is no JSON request. Routes consume JSON unless their schema
//   names other types (`consumes`: multipart uploads, CSV imports).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_ONLY = ['application/json'];

function mediaType(header: string): string {
  return header.split(';')[0]!.trim().toLowerCase();
}

/** The origins a browser's request to Gardien may come from. */
function allowedOrigins(ctx: AppContext, request: FastifyRequest): string[] {
  return [new URL(ctx.config.publicUrl).origin, `${request.protocol}://${request.host}`];
}

/** Installs the guards. */
export function registerRequestGuards(app: FastifyInstance, ctx: AppContext) {
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || request.is404) return;
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins(ctx, request).includes(origin)) {
      throw new DomainError('cross_origin_request', 'Requests that change something are accepted from Gardien’s own pages only.', { origin });
    }
    const type = request.headers['content-type'];
    if (type !== undefined) {
      const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? JSON_ONLY;
      if (!consumes.includes(mediaType(type))) {
        throw new DomainError('unsupported_media_type', `This route takes ${consumes.join(' or ')}, not ${mediaType(type) || 'an empty type'}.`);
      }
    }
  });
}
