// Bad input at the HTTP edge (issue 9, points 7, 9, 10): cut-short uploads, long paths, media
// types and origins of state-changing requests, the app's pages' policy, secrets in logs, the
// test clock. Every refusal comes in the API's shape with a stable code; nothing is stored.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/http/app.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { PDF } from '../support/exchange.ts';
import { MULTIPART_TYPE, attachmentRows, filesOnDisk, multipartBody, ticketWithLink } from '../support/uploads.ts';

let t: TestApp;
let manager: string;
let admin: string;
let ticket: { number: number; secret: string };

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  ticket = await ticketWithLink(t, manager);
});
afterAll(() => t?.close());

const bigPdf = Buffer.concat([PDF, Buffer.alloc(20_000, 0x20)]);

/** A form with a payload field and a PDF, cut in the middle of the file. */
function truncatedForm(): Buffer {
  const whole = multipartBody([
    { field: 'payload', content: JSON.stringify({ action: 'add_note', comment: 'voir pièce' }) },
    { field: 'files', filename: 'devis.pdf', type: 'application/pdf', content: bigPdf },
  ]);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

describe('a multipart body cut short (point 7)', () => {
  const routes: [string, () => string, () => string][] = [
    ['a ticket’s attachments', () => `/api/v1/tickets/${ticket.number}/attachments`, () => manager],
    ['the default attachments', () => '/api/v1/settings/default-attachments', () => admin],
    ['a party’s answer', () => `/api/v1/exchange/${ticket.secret}`, () => ''],
  ];
  for (const [what, url, cookie] of routes) {
    it(`when an upload to ${what} is cut short, then 400 malformed_multipart with a sentence, and nothing is stored`, async () => {
      const files = filesOnDisk(t).length;
      const rows = await attachmentRows(t);
      const defaults = (await t.call(admin, 'GET', '/api/v1/settings/default-attachments')).json().items.length;
      const response = await t.app.inject({
        method: 'POST', url: url(), headers: { 'content-type': MULTIPART_TYPE, ...(cookie() ? { cookie: cookie() } : {}) }, payload: truncatedForm(),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe('malformed_multipart');
      expect(response.json().error.message).toMatch(/\w+ \w+/);
      expect(filesOnDisk(t).length).toBe(files);
      expect(await attachmentRows(t)).toBe(rows);
      expect((await t.call(admin, 'GET', '/api/v1/settings/default-attachments')).json().items.length).toBe(defaults);
    });
  }

  it('when a JSON body or a query holds a NUL character, then 400 validation_failed names the field, and nothing is written', async () => {
    const before = (await t.call(manager, 'GET', '/api/v1/tickets?mine=false&limit=1')).json().items[0]?.number;
    const response = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: '00000000-0000-4000-8000-000000000000', subject: 'Fuite\u0000', description: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', details: [{ field: 'subject' }] });
    const query = await t.call(manager, 'GET', '/api/v1/tickets?search=fuite%00');
    expect(query.statusCode).toBe(400);
    expect((await t.call(manager, 'GET', '/api/v1/tickets?mine=false&limit=1')).json().items[0]?.number).toBe(before);
  });

  it('when a multipart body has no boundary, then 400 malformed_multipart on each upload route', async () => {
    for (const [what, url, cookie] of routes) {
      const response = await t.app.inject({
        method: 'POST', url: url(), headers: { 'content-type': 'multipart/form-data', ...(cookie() ? { cookie: cookie() } : {}) }, payload: 'nothing here',
      });
      expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
      expect(response.json().error.code, what).toBe('malformed_multipart');
    }
  });
});

describe('addresses, media types and origins (point 9)', () => {
  it('when a path parameter is very long, then 414 comes in the API’s shape', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/properties/${'a'.repeat(300)}`);
    expect(response.statusCode).toBe(414);
    expect(response.json().error).toMatchObject({ code: 'uri_too_long', message: expect.stringMatching(/\w+ \w+/) });
  });

  it('when a path is not valid percent-encoding, then 400 in the API’s shape', async () => {
    const response = await t.call(manager, 'GET', '/api/v1/properties/%E0%A4%A');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('when a bodyless POST says text/plain, then 415 and nothing happens (the session stays)', async () => {
    const cookie = await t.login('manager@demo.gardien.test');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'content-type': 'text/plain' } });
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('when a state-changing request comes with a foreign Origin, then 403 cross_origin_request and nothing is written; without Origin or from Gardien, it passes', async () => {
    const property = { name: 'Origine', kind: 'building', module: 'gerance', addressLine: '1 rue', postalCode: '75001', city: 'Paris' };
    const count = async () => (await t.call(admin, 'GET', '/api/v1/properties?q=Origine')).json().items.length;
    const post = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: { cookie: admin, ...headers }, payload: property });
    for (const origin of ['https://evil.example', 'http://files.localhost:3000', 'null']) {
      const refused = await post({ origin });
      expect(refused.statusCode, origin).toBe(403);
      expect(refused.json().error.code).toBe('cross_origin_request');
    }
    expect(await count()).toBe(0);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin: 'https://evil.example' }, payload: { email: 'manager@demo.gardien.test', password: 'x' } });
    expect(login.statusCode).toBe(403);
    expect((await post({})).statusCode).toBe(201);
    expect((await post({ origin: new URL(t.ctx.config.publicUrl).origin })).statusCode).toBe(201);
    expect(await count()).toBe(2);
    // Reading is not changing: a foreign page may not read the answer anyway (no CORS).
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: manager, origin: 'https://evil.example' } })).statusCode).toBe(200);
  });

  it('when a cookie-signed upload comes with a foreign Origin and no Sec-Fetch-Site, then it is refused and nothing is stored', async () => {
    const files = filesOnDisk(t).length;
    const payload = multipartBody([{ field: 'files', filename: 'devis.pdf', type: 'application/pdf', content: PDF }]);
    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/tickets/${ticket.number}/attachments`, headers: { cookie: manager, 'content-type': MULTIPART_TYPE, origin: 'https://evil.example' }, payload,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('cross_origin_request');
    expect(filesOnDisk(t).length).toBe(files);
  });

  it('when a request is not valid HTTP, then the answer is still in the API’s shape', async () => {
    const base = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(base.port), '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nNot a header\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.code).toBe('bad_request');
  });

  it('when an app page is served, then it carries a Content-Security-Policy that allows only its own scripts', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'gardien-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Gardien</title>');
    const app = await buildApp(t.ctx, { logLevel: false, webDist: dist });
    try {
      for (const url of ['/', '/tickets/12', '/x', '/index.html']) {
        const page = await app.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        const policy = String(page.headers['content-security-policy']);
        expect(policy, url).toContain("script-src 'self'");
        expect(policy).toContain("style-src 'self' 'unsafe-inline'");
        expect(policy).toContain("frame-ancestors 'none'");
        expect(policy).not.toMatch(/script-src[^;]*unsafe/);
      }
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the test clock (point 10)', () => {
  it('when the test clock is set to year 0 or moved past year 9999, then 400 and the clock does not move', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/test-clock' })).json().now;
    for (const body of [{ set: '0000-01-01T00:00:00Z' }, { set: '1969-12-31T23:59:59Z' }, { advance: 'P9999999999D' }]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/test-clock' })).json().now).toBe(before);
    }
    expect((await t.call(manager, 'GET', '/api/v1/tickets')).statusCode).toBe(200);
  });
});
