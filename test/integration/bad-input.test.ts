// Bad input at the HTTP edge (issue 9, points 7, 9, 10): cut-short uploads, long paths, media
// types and origins of state-changing requests, the app's pages' policy, secrets in logs, the
// test clock. Every refusal comes in the API's shape with a stable code; nothing is stored.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
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
