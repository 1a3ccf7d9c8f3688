// The OpenAPI 3.1 document, generated from the route schemas, at /api/openapi.json, and a page
// to read it at /api/docs. Every operation gets an operationId (openapi-operation-ids.ts) and its
// security (openapi-security.ts); `servers` is PUBLIC_URL. `npm run lint:openapi` holds it to
// Redocly's recommended rules, and test/integration/openapi-client.test.ts generates a client.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Access } from './access.ts';
import { operationIdFor } from './openapi-operation-ids.ts';
import { SECURITY_SCHEMES, securityOf } from './openapi-security.ts';
import { nameDiscriminatedMembers } from './openapi-discriminators.ts';
import { optionalDefaultedQueries } from './openapi-query-defaults.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route registered, so that a test can check the document covers them all. */
    apiRoutes: { method: string; url: string }[];
  }
}

/** Registers the generator (before any route) and the two documentation routes; `publicUrl` is
 * the server the document names. */
export async function registerOpenApi(app: FastifyInstance, publicUrl: string) {
  const apiRoutes: { method: string; url: string }[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1') && route.url !== '/healthz') return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url });
  });
  // Documentation routes are readable by anyone: they describe the API, they expose no data.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json') {
      route.config = { ...(route.config ?? {}), access: 'public' };
    }
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gardien API',
        version: '0.1.0',
        description: 'The service center for property managers. Errors are {"error":{"code","message","details"}}.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: publicUrl, description: 'This server (PUBLIC_URL)' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    // A route's own operationId and security win over the derived ones.
    transform: ({ schema, url, route }) => {
      const access = (route as { config?: { access?: Access } }).config?.access;
      const method = [route.method].flat()[0]!;
      // Fastify's automatic HEAD of a GET is left out of the document.
      if (method === 'HEAD') return { schema: schema as never, url };
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      transformed.operationId ??= operationIdFor(method, url);
      transformed.security ??= securityOf(access);
      return { schema: transformed as never, url };
    },
    // On a copy: the route schemas the validator compiled stay as they are.
    transformObject: (documentObject) => optionalDefaultedQueries(nameDiscriminatedMembers('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
