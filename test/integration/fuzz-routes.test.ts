// Malformed input on every documented route: bodies of the wrong shape, wrong types, unknown and
// missing fields, odd strings and numbers, and path parameters that are not ids — generated from
// the OpenAPI document with a fixed seed, a few hundred per run. Whatever comes in, the answer is
// never a 500, and every refusal is in the API's shape: {"error": {code, message}}.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let cookies: string[];

interface Operation {
  method: string;
  path: string;
  properties: string[];
}

// Routes that would end the fuzzer's own session or move the clock under it, and the event stream
// (it never ends).
const SKIPPED = [/events\/stream/, /logout/, /revoke-sessions/, /password/, /test-clock/, /\/me\/tokens/, /\/tokens\/\{/];

beforeAll(async () => {
  t = await createTestApp();
  // A manager (tickets) and an admin (settings, templates, master data, users): each route is
  // reached by someone allowed to call it, so its input is really read.
  cookies = [await t.login('manager@demo.gardien.test'), await t.login('admin@demo.gardien.test')];
});
afterAll(() => t?.close());

async function operations(): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>;
  };
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (SKIPPED.some((pattern) => pattern.test(path))) continue;
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      found.push({ method: method.toUpperCase(), path, properties: Object.keys(schema?.properties ?? {}) });
    }
  }
  return found;
}

const oddString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '\u0000', 'null', '-1', '1e309', '../../etc/passwd', '<script>alert(1)</script>', '%00', '9'.repeat(400), 'é'.repeat(5000)),
);
const oddNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER));
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString, oddNumber, fc.boolean(), fc.constant(null), fc.array(oddString, { maxLength: 3 }), fc.dictionary(oddString, oddString, { maxKeys: 3 }),
);
const oddParam = fc.oneof(
  fc.constantFrom('1', '0', '-1', '999999999', '1.5', 'abc', '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '%2e%2e', 'x'.repeat(300)),
  fc.uuid(),
);

describe('malformed input on every route', () => {
  it('when any documented route gets a malformed request, then it answers below 500 in the API’s error shape', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(40);
    const request = fc.record({
      op: fc.constantFrom(...ops),
      who: fc.nat(1),
      params: fc.array(oddParam, { minLength: 4, maxLength: 4 }),
      body: fc.oneof(
        oddValue,
        fc.dictionary(oddString, oddValue, { maxKeys: 4 }),
        fc.record({ known: fc.array(oddValue, { minLength: 1, maxLength: 6 }), extra: fc.boolean() }),
      ),
      query: fc.option(fc.dictionary(fc.constantFrom('limit', 'cursor', 'q', 'scope', 'status', 'propertyId', 'dispatchId'), oddString, { maxKeys: 3 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ op, who, params, body, query }) => {
        let i = 0;
        const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++ % params.length]!));
        let payload: unknown = body;
        // Bodies that name the route's own fields, with values of any type.
        if (body && typeof body === 'object' && 'known' in body && Array.isArray((body as { known: unknown[] }).known) && op.properties.length) {
          const { known, extra } = body as { known: unknown[]; extra: boolean };
          payload = Object.fromEntries(op.properties.map((p, k) => [p, known[k % known.length]]));
          if (extra) (payload as Record<string, unknown>).unexpected = 1;
        }
        const search = query ? `?${new URLSearchParams(query as Record<string, string>)}` : '';
        const response = await t.app.inject({
          method: op.method as 'POST',
          url: `${path}${search}`,
          headers: { cookie: cookies[who]!, 'content-type': 'application/json' },
          ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { payload: JSON.stringify(payload) }),
        });
        const said = `${op.method} ${path}${search} ${JSON.stringify(payload).slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, said).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const error = response.json().error;
          expect(typeof error?.code, said).toBe('string');
          expect(typeof error?.message, said).toBe('string');
        }
      }),
      { seed: 20261201, numRuns: 500 },
    );
  }, 300_000);
});
