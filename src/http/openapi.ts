// The OpenAPI 3.1 document, generated from the route schemas, at /api/openapi.json, and a page
// to read it at /api/docs.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route registered, so that a test can check the document covers them all. */
    apiRoutes: { method: string; url: string }[];
  }
}

/** Registers the generator (before any route) and the two documentation routes. */
export async function registerOpenApi(app: FastifyInstance) {
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
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gardien_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token made with `npx gardien token`.' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const access = (route as { config?: { access?: string } }).config?.access;
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      if (access && access !== 'public') transformed.security = [{ session: [] }, { bearer: [] }];
      return { schema: transformed as never, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
