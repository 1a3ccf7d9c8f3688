// The OpenAPI document as integrators get it (GET /api/openapi.json) passes Redocly's recommended
// rules: no error, an operationId on every operation — unique —, a security requirement on every
// operation that matches its access, and the server named by PUBLIC_URL. The linter is the
// project's own @redocly/cli, run as a child process as `npm run lint:openapi` runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

interface Operation { operationId?: string; security?: Record<string, string[]>[] }
interface Document { servers?: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, { in?: string; name?: string }> } }
interface Problem { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer: string }[] }

const redoclyCli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
let t: TestApp;
let document: Document;
let folder: string;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://gardien.agence-demo.test' });
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
  folder = mkdtempSync(join(tmpdir(), 'gardien-openapi-lint-'));
});
afterAll(async () => {
  await t?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const operations = () => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
const operation = (method: string, path: string) => document.paths[path]![method]!;

async function lint(): Promise<Problem[]> {
  const file = join(folder, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  const run = promisify(execFile);
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  // The CLI exits with 1 when it finds errors; its JSON report is on standard output either way.
  const result = await run(process.execPath, [redoclyCli, 'lint', '--extends', 'recommended', '--format', 'json', '--max-problems', '100000', file], { env, maxBuffer: 64 * 1024 * 1024 })
    .catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
  expect(result.stdout, result.stderr).toContain('"problems"');
  return (JSON.parse(result.stdout) as { problems: Problem[] }).problems;
}

describe('the OpenAPI document', () => {
  it('passes Redocly\u2019s recommended rules with no error, every operation named and secured, no illogical composition', async () => {
    const problems = await lint();
    const summary = (p: Problem) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`;
    expect(problems.filter((p) => p.severity === 'error').map(summary)).toEqual([]);
    const named = ['operation-operationId', 'operation-operationId-unique', 'operation-operationId-url-safe', 'security-defined', 'no-illogical-composition-keywords', 'no-empty-servers', 'info-license'];
    expect(problems.filter((p) => named.includes(p.ruleId)).map(summary)).toEqual([]);
  }, 120_000);

  it('gives every operation an operationId of its own, readable from its method and path', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(200);
    const ids = all.map(({ operation: o }) => o.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    // Every API route is in the document, so every one of them is named.
    expect(t.app.apiRoutes.filter((r) => !document.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()])).toEqual([]);
    expect(operation('get', '/api/v1/tickets').operationId).toBe('listTickets');
    expect(operation('post', '/api/v1/tickets').operationId).toBe('createTicket');
    expect(operation('get', '/api/v1/tickets/{number}').operationId).toBe('getTicketByNumber');
    expect(operation('patch', '/api/v1/properties/{id}').operationId).toBe('updatePropertyById');
    expect(operation('post', '/api/v1/tickets/{number}/actions').operationId).toBe('createTicketAction');
    expect(operation('post', '/api/v1/users/{id}/revoke-sessions').operationId).toBe('userRevokeSessions');
  });

  it('declares who may call each operation: staff by session or API token, residents by their portal cookie, public routes none', () => {
    const schemes = document.components.securitySchemes;
    expect(schemes.session).toMatchObject({ in: 'cookie', name: 'gardien_session' });
    expect(schemes.portal).toMatchObject({ in: 'cookie', name: 'gardien_portal' });
    expect(schemes.partyLink).toMatchObject({ in: 'cookie', name: 'gardien_x' });
    expect(operations().filter(({ operation: o }) => !Array.isArray(o.security)).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    expect(operation('get', '/api/v1/tickets').security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(operation('get', '/api/v1/portal/tickets').security).toEqual([{ portal: [] }]);
    expect(operation('post', '/api/v1/portal/auth/logout').security).toEqual([{ portal: [] }]);
    expect(operation('post', '/api/v1/auth/login').security).toEqual([]);
    expect(operation('get', '/healthz').security).toEqual([]);
    expect(operation('get', '/api/v1/exchange/{token}').security).toEqual([{}, { partyLink: [] }]);
    expect(operation('post', '/api/v1/inbound/email').security).toEqual([{ inboundSecret: [] }]);
    // Every scheme named by an operation exists.
    const named = new Set(operations().flatMap(({ operation: o }) => (o.security ?? []).flatMap((r) => Object.keys(r))));
    expect([...named].filter((name) => !schemes[name])).toEqual([]);
  });

  it('names this server, from PUBLIC_URL', () => {
    expect(document.servers).toEqual([{ url: 'https://gardien.agence-demo.test', description: expect.any(String) }]);
  });
});
