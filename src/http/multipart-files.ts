// The file parts of a multipart request, as the upload use cases read them (IncomingFile), with
// the limits held while reading rather than after: a declared Content-Length over what a valid
// request can hold is refused before a byte is read; a file that passes its size limit fails at
// once (the rest of it is not read); a body (chunked, or lying about its length) stops being read
// at the request's limit. Answers past a limit close the connection (errors.ts), so the rest of
// the body is never read either. Malformed bodies are mapped to 400 by the error handler.
import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { DomainError } from '../domain/errors.ts';
import { statusFor } from './error-status.ts';
import { fileTooLarge, type IncomingFile } from '../tickets/upload-attachments.ts';

/** What the form parts around the files may add to a request (boundaries, headers, small fields). */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** Most bytes a multipart request may hold: `files` files of `maxFileBytes`, plus the form around them. */
export function uploadBodyLimit(maxFileBytes: number, files: number): number {
  return maxFileBytes * files + FORM_OVERHEAD_BYTES;
}

function bodyTooLarge(maxBodyBytes: number): DomainError {
  return new DomainError('body_too_large', `The upload is larger than the ${Math.round(maxBodyBytes / 1024 / 1024)} MiB a request may hold.`, { maxBytes: maxBodyBytes });
}

/** An onRequest hook: 413 from the declared Content-Length alone, before reading the body. */
export function refuseDeclaredOversize(maxBodyBytes: number) {
  return async (request: FastifyRequest) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
  };
}

/** Counts the body's bytes as the parser reads them; past the limit the parser is stopped with
 * body_too_large (the request stream's error is how @fastify/multipart is told to give up). */
function capBody(request: FastifyRequest, maxBodyBytes: number) {
  const raw = request.raw;
  let seen = 0;
  const count = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen <= maxBodyBytes) return;
    raw.off('data', count);
    raw.unpipe();
    raw.pause();
    raw.emit('error', bodyTooLarge(maxBodyBytes));
  };
  raw.on('data', count);
}

export interface FilePart extends IncomingFile {
  /** The form field's name (the exchange tells an invoice from other documents by it). */
  field: string;
}

/** The file parts of the request, in order; text fields go to `onField`. */
export async function* multipartFiles(
  request: FastifyRequest,
  limits: { maxFileBytes: number; maxBodyBytes: number },
  onField?: (name: string, value: string) => void,
): AsyncGenerator<FilePart> {
  const parts = request.parts()[Symbol.asyncIterator]();
  // The first call starts the parser, which pipes the request into it; counting starts with it.
  const first = parts.next();
  capBody(request, limits.maxBodyBytes);
  try {
    for (let next = await first; !next.done; next = await parts.next()) {
      const part = next.value;
      if (part.type !== 'file') {
        // A part sent as application/json arrives parsed: handed on as its JSON text.
        onField?.(part.fieldname, typeof part.value === 'string' ? part.value : JSON.stringify(part.value));
        continue;
      }
      const file = part.file;
      // The parser would go on reading (and dropping) the rest of the file up to its end. The
      // limit may already have been reached while the part waited to be taken.
      const refuse = () => file.destroy(fileTooLarge(part.filename || 'A file', limits.maxFileBytes));
      if (file.truncated) refuse();
      else file.once('limit', refuse);
      yield { field: part.fieldname, filename: part.filename, stream: file, truncated: () => file.truncated };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileTooLarge((error as { part?: { filename?: string } }).part?.filename || 'A file', limits.maxFileBytes);
    }
    throw error;
  }
}

/** After a refusal mid-upload, reads and drops the rest of the body so that the client, still
 * sending, gets the answer and the connection stays usable; past what a valid request could
 * hold, the connection is cut instead. A refusal for size reads no more: its answer closes the
 * connection (errors.ts). */
export function discardRest(request: FastifyRequest, error: unknown, limit: number) {
  const raw = request.raw;
  if (raw.complete || (error instanceof DomainError && statusFor(error.code) === 413)) return;
  raw.unpipe();
  let seen = 0;
  raw.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) raw.destroy();
  });
  raw.resume();
}

/** Uploads on a session cookie come from Gardien's own pages only (the browser says where a
 * request comes from); a call with an API token (Authorization) is not a browser's. */
export function refuseForeignUpload(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (!request.headers.authorization && (site === 'cross-site' || site === 'same-site')) throw new DomainError('forbidden', 'Files can only be uploaded from Gardien itself.');
}

