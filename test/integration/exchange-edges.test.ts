// The parties' pages at their edges: the help link, no caching of personal pages, an answer that
// is refused leaves none of its files behind, and an invoice file needs its amount.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { PDF, PNG } from '../support/exchange.ts';

let t: TestApp;
let secret: string;

beforeAll(async () => {
  t = await createTestApp();
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  const ticket = (await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Bords', contractors: [{ contractorId: refs.contractor('F-001').id }],
  })).json();
  const link = await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/links`, { dispatchId: ticket.dispatches[0].id });
  expect(link.statusCode).toBe(201);
  secret = /\/x\/(.+)$/.exec(link.json().url)![1]!;
});
afterAll(() => t?.close());

async function multipart(body: Record<string, unknown>, files: { field: string; name: string; type: string; bytes: Buffer }[]) {
  const form = new FormData();
  form.append('payload', JSON.stringify(body));
  for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, headers: { 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()) });
}

const storedFiles = async () => {
  const result = await t.ctx.db.execute(sql`select count(*)::int as n from attachments`);
  return Number(((Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as { n: number }[])[0]!.n);
};

describe('the parties\u2019 pages at their edges', () => {
  it('when /x/help is opened, then it leads to the contractors\u2019 guide', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/x/help' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/x?view=help');
  });

  it('when a party\u2019s page is read, then it is never cached', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/${secret}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('when an answer with files is refused, then its files are not kept', async () => {
    const before = await storedFiles();
    const refused = await multipart({ action: 'complete', comment: 'trop tôt' }, [{ field: 'files', name: 'photo.png', type: 'image/png', bytes: PNG }]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('action_not_available');
    expect(await storedFiles()).toBe(before);
  });

  it('when an invoice file comes without its amount, then the answer is refused naming the amount', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, payload: { action: 'accept', startsAt: '2026-12-03T09:00:00+01:00', durationMinutes: 60 } })).statusCode).toBe(200);
    const before = await storedFiles();
    const response = await multipart({ action: 'complete' }, [{ field: 'invoice', name: 'facture.pdf', type: 'application/pdf', bytes: PDF }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('invoiceAmountCents');
    expect(await storedFiles()).toBe(before);
  });

  it('when a body is malformed, then it is a 400 with a code', async () => {
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, payload: { action: 'accept', startsAt: 'tomorrow' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const unknown = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, payload: { action: 'pay_me' } });
    expect(unknown.statusCode).toBe(400);
  });
});
