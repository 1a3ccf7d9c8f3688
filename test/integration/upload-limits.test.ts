// Uploads over their limit are refused while they arrive, on a real HTTP server on loopback
// (issue 9, point 8): a declared Content-Length over the limit answers 413 before a byte is read;
// a chunked body stops being read at the limit (413 long before its end); nothing is stored.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { PDF } from '../support/exchange.ts';
import { BOUNDARY, MULTIPART_TYPE, attachmentRows, filesOnDisk, ticketWithLink } from '../support/uploads.ts';

const MAX_FILE = 64 * 1024;
const TOTAL = 128 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

let t: TestApp;
let base: string;
let manager: string;
let ticket: { number: number; secret: string };

beforeAll(async () => {
  t = await createTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_FILE) });
  manager = await t.login('manager@demo.gardien.test');
  ticket = await ticketWithLink(t, manager);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t?.close());

interface Outcome {
  status: number;
  body: string;
  /** Bytes of the body written before the answer came. */
  written: number;
}

/** Sends `head`, then spaces up to `total` bytes (backpressure respected), until the server answers
 * or `timeoutMs` passes; an error after the answer (the server closed) is expected. */
function sendUntilAnswered(path: string, headers: OutgoingHttpHeaders, head: Buffer, total: number, timeoutMs = 10_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no answer after ${timeoutMs} ms (${written} bytes written)`));
    }, timeoutMs);
    const request = httpRequest(`${base}${path}`, { method: 'POST', headers, agent: false }, (response) => {
      answered = true;
      const at = written;
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), written: at });
      });
      response.on('error', () => undefined);
    });
    request.on('error', (error) => {
      if (!answered) {
        clearTimeout(timer);
        reject(error);
      }
    });
    const pump = () => {
      if (written === 0) {
        written += head.length;
        if (!request.write(head)) return void request.once('drain', pump);
      }
      while (!answered && written < total) {
        written += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

const fileHead = (field = 'files') =>
  Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="devis.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), PDF]);

const routes: [string, () => string, () => Record<string, string>][] = [
  ['a ticket’s attachments', () => `/api/v1/tickets/${ticket.number}/attachments`, () => ({ cookie: manager })],
  ['a party’s answer', () => `/api/v1/exchange/${ticket.secret}`, () => ({})],
];

describe('uploads over the limit, on a real server (point 8)', () => {
  for (const [what, path, auth] of routes) {
    it(`when an upload to ${what} declares a Content-Length of 2 GiB, then 413 comes at once and nothing is stored`, async () => {
      const before = [filesOnDisk(t).length, await attachmentRows(t)];
      const started = Date.now();
      const outcome = await sendUntilAnswered(path(), { ...auth(), 'content-type': MULTIPART_TYPE, 'content-length': '2147483648' }, fileHead(), 256 * 1024);
      expect(outcome.status, outcome.body).toBe(413);
      expect(JSON.parse(outcome.body).error.code).toBe('body_too_large');
      expect(Date.now() - started).toBeLessThan(5000);
      expect([filesOnDisk(t).length, await attachmentRows(t)]).toEqual(before);
    });

    it(`when a chunked upload to ${what} carries a file past the limit, then 413 file_too_large comes long before the body's end and nothing is stored`, async () => {
      const before = [filesOnDisk(t).length, await attachmentRows(t)];
      const outcome = await sendUntilAnswered(path(), { ...auth(), 'content-type': MULTIPART_TYPE, 'transfer-encoding': 'chunked' }, fileHead(), TOTAL);
      expect(outcome.status, outcome.body).toBe(413);
      expect(JSON.parse(outcome.body).error.code).toBe('file_too_large');
      // What the kernel's socket buffers hold on both sides, plus the limit: far from 128 MiB.
      expect(outcome.written).toBeLessThan(24 * 1024 * 1024);
      expect([filesOnDisk(t).length, await attachmentRows(t)]).toEqual(before);
    });
  }

  it('when a chunked body never starts a part, then it stops being read at the request limit with 413 body_too_large', async () => {
    const outcome = await sendUntilAnswered(routes[0]![1](), { cookie: manager, 'content-type': MULTIPART_TYPE, 'transfer-encoding': 'chunked' }, Buffer.from('preamble '), TOTAL);
    expect(outcome.status, outcome.body).toBe(413);
    expect(JSON.parse(outcome.body).error.code).toBe('body_too_large');
    expect(outcome.written).toBeLessThan(24 * 1024 * 1024);
  });

  it('when the refusals are over, then the server still answers and a valid upload is stored', async () => {
    const body = Buffer.concat([fileHead(), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
    const outcome = await sendUntilAnswered(routes[0]![1](), { cookie: manager, 'content-type': MULTIPART_TYPE, 'content-length': String(body.length) }, body, body.length);
    expect(outcome.status, outcome.body).toBe(201);
  });
});
