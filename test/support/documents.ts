// Files for the tests of a ticket's documents: small real PNGs and PDFs made here, uploads, a PDF's
// text (pdfjs-dist), a zip written (yazl; read back with test/support/unzip.ts).
import { ZipFile } from 'yazl';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';
import { encodeRgbPng } from '../../src/channels/png.ts';

/** A real 2×2 RGB PNG; `shade` makes different files. */
export function png(shade = 0): Buffer {
  return encodeRgbPng(2, 2, [Buffer.from([0, 255, shade, 0, 0, 255, 0]), Buffer.from([0, 0, 0, 255, 255, 255, 255])]);
}

/** A minimal PDF (no page). */
export function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}


export async function uploadFiles(t: TestApp, cookie: string, number: number, files: { name: string; bytes: Buffer }[]): Promise<string[]> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  const request = new Request('http://gardien.test/', { method: 'POST', body: form });
  const response = await t.app.inject({
    method: 'POST', url: `/api/v1/tickets/${number}/attachments`,
    headers: { cookie, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().items.map((item: { id: string }) => item.id);
}

/** The text of every page (test/support/pdf-text.ts). */
export { pdfText } from './pdf-text.ts';

/** A zip of these entries, in this order (names as given). */
export function zipOf(entries: Iterable<[string, Buffer]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
