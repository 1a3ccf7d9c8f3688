// A TypeScript client generated from the live OpenAPI document drives a journey against a real
// listening server: openapi-typescript writes the types, a small module typed by them calls the
// API through openapi-fetch with an API token (who am I, a property and a contractor looked up, a
// ticket created for them, listed, read, a note added, its history read, a refused creation), the
// TypeScript compiler checks it — a type error fails the test — and it runs over HTTP on 127.0.0.1.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import ts from 'typescript';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createApiToken } from '../../src/auth/create-api-token.ts';
import { findUserByEmail } from '../../src/db/repositories/users.ts';

// Inside the project, so that the journey's `openapi-fetch` resolves from node_modules.
const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

const JOURNEY = `import createClient from 'openapi-fetch';
import type { paths } from './gardien-api.ts';

export async function journey(baseUrl: string, token: string) {
  const api = createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${token}\` } });
  const me = await api.GET('/api/v1/me');
  if (!me.data) throw new Error(\`me: \${me.response.status}\`);
  const properties = await api.GET('/api/v1/properties', { params: { query: { limit: 200 } } });
  const property = properties.data?.items.find((p) => p.externalRef === 'COP-001');
  if (!property) throw new Error('no property COP-001');
  const contractors = await api.GET('/api/v1/contractors', { params: { query: { limit: 200 } } });
  const contractor = contractors.data?.items.find((c) => c.externalRef === 'F-001');
  if (!contractor) throw new Error('no contractor F-001');

  const created = await api.POST('/api/v1/tickets', {
    body: { type: 'ODS', subject: 'Porte du hall qui grince', propertyId: property.id, contractors: [{ contractorId: contractor.id }] },
  });
  if (!created.data) throw new Error(\`create: \${created.response.status} \${JSON.stringify(created.error)}\`);
  const number: number = created.data.number;

  const listed = await api.GET('/api/v1/tickets', { params: { query: { q: 'grince' } } });
  const read = await api.GET('/api/v1/tickets/{number}', { params: { path: { number } } });
  const noted = await api.POST('/api/v1/tickets/{number}/actions', { params: { path: { number } }, body: { action: 'internal_note', body: 'Vu avec le gardien : charnière à graisser.' } });
  const events = await api.GET('/api/v1/tickets/{number}/events', { params: { path: { number } } });
  const refused = await api.POST('/api/v1/tickets', { body: { type: 'ODS', subject: '', propertyId: property.id } });

  return {
    me: me.data.user.email,
    created: { status: created.response.status, number, subject: created.data.subject },
    listed: listed.data?.items.map((t) => t.number) ?? [],
    read: { status: read.response.status, subject: read.data?.subject, ticketStatus: read.data?.status },
    noted: noted.response.status,
    events: events.data?.items.map((e) => e.type) ?? [],
    refused: { status: refused.response.status, code: refused.error?.error.code },
  };
}
`;

// Calls the types must refuse: an action that does not exist, a path that does not exist.
const WRONG = `import createClient from 'openapi-fetch';
import type { paths } from './gardien-api.ts';

const api = createClient<paths>({ baseUrl: 'http://127.0.0.1' });
await api.POST('/api/v1/tickets/{number}/actions', { params: { path: { number: 1 } }, body: { action: 'no_such_action' } });
await api.GET('/api/v1/no-such-route');
`;

/** The compiler's errors, as "file:line message". */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

let t: TestApp;
let folder: string;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://gardien.agence-demo.test' });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  mkdirSync(artifacts, { recursive: true });
  folder = mkdtempSync(join(artifacts, 'openapi-client-'));
});
afterAll(async () => {
  await t?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('a client generated from the OpenAPI document', () => {
  it('is generated from the live document, type-checks a journey, refuses calls the API does not have, and drives the journey over HTTP', async () => {
    // The document as an integrator downloads it.
    const document = await (await fetch(`${baseUrl}/api/openapi.json`)).json();
    writeFileSync(join(folder, 'gardien-api.ts'), astToString(await openapiTS(document, { silent: true })));
    writeFileSync(join(folder, 'journey.ts'), JOURNEY);
    writeFileSync(join(folder, 'wrong.ts'), WRONG);

    expect(typeErrors([join(folder, 'journey.ts')])).toEqual([]);
    const refused = typeErrors([join(folder, 'wrong.ts')]);
    expect(refused.some((e) => e.startsWith('wrong.ts:5 '))).toBe(true);
    expect(refused.some((e) => e.startsWith('wrong.ts:6 '))).toBe(true);

    const user = await findUserByEmail(t.ctx.db, 'manager@demo.gardien.test');
    const { secret } = await createApiToken(t.ctx, { userId: user!.id, organizationId: user!.organizationId, name: 'generated client', days: 1 });
    const { journey } = (await import(pathToFileURL(join(folder, 'journey.ts')).href)) as { journey: (baseUrl: string, token: string) => Promise<Record<string, unknown>> };
    const result = await journey(baseUrl, secret);

    expect(result.me).toBe('manager@demo.gardien.test');
    const { number } = result.created as { number: number };
    expect(result.created).toMatchObject({ status: 201, subject: 'Porte du hall qui grince' });
    expect(result.listed).toContain(number);
    expect(result.read).toMatchObject({ status: 200, subject: 'Porte du hall qui grince' });
    expect(result.noted).toBe(200);
    expect(result.events).toContain('internal_note');
    expect(result.refused).toEqual({ status: 400, code: 'validation_failed' });
  }, 180_000);
});
