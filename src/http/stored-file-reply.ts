// A stored file (an attachment, an article's file) sent as it was checked on upload: its type,
// inline for images and PDF, `nosniff`, cached privately by its hash. A sandbox keeps any active
// content from running with Gardien's origin; browsers refuse to start their PDF viewer in a
// sandboxed document, so a PDF (checked to be one) gets a policy that forbids scripts, frames and
// plugins of its own instead.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition, servedInline } from '../tickets/attachment-types.ts';

export interface ServedFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export function sendStoredFile(reply: FastifyReply, file: ServedFile, body: Readable) {
  return reply
    .header('content-type', file.contentType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', contentDisposition(file.filename, servedInline(file.contentType)))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=300')
    .header('etag', `"${file.sha256}"`)
    .header('content-security-policy', file.contentType === 'application/pdf' ? "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'self'" : 'sandbox')
    .send(body);
}
