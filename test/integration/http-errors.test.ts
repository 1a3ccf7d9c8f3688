// Bad input gets a clear 4xx with a stable code, never a 500; health and the OpenAPI document.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabaseKind } from '../support/test-env.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(() => t?.close());

const validProperty = { name: 'P', kind: 'building', module: 'gerance', addressLine: '1 rue', postalCode: '75001', city: 'Paris' };

function raw(method: string, url: string, body: string, contentType = 'application/json') {
  return t.app.inject({ method: method as 'POST', url, headers: { cookie: admin, 'content-type': contentType }, payload: body });
}

describe('bad requests', () => {
  const cases: [string, () => ReturnType<typeof raw>, number, string][] = [
    ['malformed JSON', () => raw('POST', '/api/v1/properties', '{"name": "P",'), 400, 'invalid_json'],
    ['an empty JSON body', () => raw('POST', '/api/v1/properties', ''), 400, 'invalid_json'],
    ['an unknown field', () => raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, colour: 'blue' })), 400, 'validation_failed'],
    ['a wrong type', () => raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, name: 42 })), 400, 'validation_failed'],
    ['a number as text', () => raw('POST', '/api/v1/tokens', JSON.stringify({ name: 'x', days: '30' })), 400, 'validation_failed'],
    ['a missing field', () => raw('POST', '/api/v1/properties', JSON.stringify({ name: 'P' })), 400, 'validation_failed'],
    ['an unknown code', () => raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, kind: 'castle' })), 400, 'validation_failed'],
    ['a bad email', () => raw('POST', '/api/v1/persons', JSON.stringify({ name: 'X', emails: ['not-an-email'] })), 400, 'validation_failed'],
    ['an oversized body', () => raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, name: 'x'.repeat(10_000) })), 413, 'body_too_large'],
    ['a form instead of JSON', () => raw('POST', '/api/v1/properties', 'name=P', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
    ['an id that is not a uuid', () => raw('GET', '/api/v1/properties/123', ''), 400, 'validation_failed'],
    ['a limit out of range', () => raw('GET', '/api/v1/properties?limit=100000', ''), 400, 'validation_failed'],
    ['an unknown query parameter', () => raw('GET', '/api/v1/properties?colour=blue', ''), 400, 'validation_failed'],
    ['an unknown id', () => raw('GET', '/api/v1/properties/00000000-0000-4000-8000-000000000000', ''), 404, 'not_found'],
    ['an unknown route', () => raw('GET', '/api/v1/nothing-here', ''), 404, 'route_not_found'],
  ];
  for (const [what, send, status, code] of cases) {
    it(`when a request has ${what}, then it answers ${status} ${code} with a sentence`, async () => {
      const response = await send();
      expect(response.statusCode).toBe(status);
      const body = response.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/\w+ \w+/);
      expect(response.body).not.toMatch(/at \w+ \(|node_modules/);
    });
  }

  it('when several fields are wrong, then details name each of them', async () => {
    const response = await raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, name: 42, kind: 'castle' }));
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(['name', 'kind']);
    expect(response.json().error.details[1].message).toBe('must be one of coownership, building');
  });

  it('when validation fails, then details name the field', async () => {
    const response = await raw('POST', '/api/v1/properties', JSON.stringify({ ...validProperty, colour: 'blue' }));
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field: 'colour' }));
  });

  it('when an answer is sent, then it carries a request id and nosniff', async () => {
    const response = await raw('GET', '/api/v1/me', '');
    expect(response.headers['x-request-id']).toMatch(/^[\w-]+$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('health and documentation', () => {
  it('when /healthz is called, then it says ok and which database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: testDatabaseKind() });
  });

  it('when the OpenAPI document is read, then it is 3.1 and covers every API route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { openapi: string; paths: Record<string, Record<string, { security?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
    const expected = t.app.apiRoutes.map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(expected.length).toBeGreaterThan(20);
    for (const route of expected) expect(documented, route).toContain(route);
    expect(doc.paths['/api/v1/properties']!.get!.security).toEqual([{ session: [] }, { bearer: [] }]);
    // A public route says so: no credential needed.
    expect(doc.paths['/api/v1/auth/login']!.post!.security).toEqual([]);
  });

  it('when a client accepts compression, then large answers come compressed', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.rawPayload.length).toBeLessThan(JSON.stringify((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()).length / 3);
  });

  it('when /api/docs is opened, then a page answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
