// Files uploaded to a ticket, before an action uses them: each is checked by its bytes (type,
// size), hashed and stored, then all rows are written at once with no event yet (an action's
// `attachmentIds` links them, link-attachments.ts). Whatever fails, nothing stays behind: the
// files of the request already stored are deleted and no row is written.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { attachments } from '../db/schema/index.ts';
import { newStorageKey } from '../channels/file-store.ts';
import { visibleTicket } from './ticket-access.ts';
import { ALLOWED_DESCRIPTION, SNIFF_BYTES, TextCheck, detectAttachmentType, sanitizeFilename } from './attachment-types.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

/** Most files in one upload request. */
export const MAX_FILES_PER_UPLOAD = 10;

/** One file of the request, as it arrives. */
export interface IncomingFile {
  /** The name the client gave (cleaned here). */
  filename: string | undefined;
  /** Its bytes; ends early when the size limit is reached. */
  stream: Readable;
  /** True when the stream was cut at the size limit. */
  truncated(): boolean;
}

function mebibytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}

/** 413 file_too_large, naming the file and the limit. */
export function fileTooLarge(filename: string, maxBytes: number): DomainError {
  return new DomainError('file_too_large', `"${filename}" is larger than the ${mebibytes(maxBytes)} a file may have.`, { filename, maxBytes });
}

function typeNotAllowed(filename: string): DomainError {
  return new DomainError('file_type_not_allowed', `"${filename}" is not a file type Gardien accepts (accepted: ${ALLOWED_DESCRIPTION}).`, { filename, accepted: ALLOWED_DESCRIPTION });
}

type Ticket = Awaited<ReturnType<typeof visibleTicket>>;

/** A file checked by its bytes and stored, not yet tied to anything. */
export interface StoredFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** Checks one file by its bytes and stores it under the organization; undefined for an empty part
 * without a name (a form's unused file input). `stored` collects keys to delete if the request fails. */
export async function checkAndStoreFile(ctx: AppContext, organizationId: string, file: IncomingFile, stored: string[]): Promise<StoredFile | undefined> {
  const max = ctx.config.attachmentMaxBytes;
  const filename = sanitizeFilename(file.filename);
  const chunks = file.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  // The first bytes decide the type, before anything is stored.
  const first: Buffer[] = [];
  let firstSize = 0;
  let ended = false;
  while (firstSize < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    first.push(next.value);
    firstSize += next.value.length;
  }
  const head = Buffer.concat(first);
  if (ended && file.truncated()) throw fileTooLarge(filename, max);
  if (head.length === 0) {
    if (!file.filename) return undefined;
    throw new DomainError('empty_file', `"${filename}" is empty.`, { filename });
  }
  const type = await detectAttachmentType(head, filename);
  if (!type) throw typeNotAllowed(filename);

  const hash = createHash('sha256');
  const text = type.text ? new TextCheck() : undefined;
  let size = 0;
  const inspect = (chunk: Buffer) => {
    size += chunk.length;
    if (size > max) throw fileTooLarge(filename, max);
    hash.update(chunk);
    text?.push(chunk);
    if (text?.binary) throw typeNotAllowed(filename);
  };
  async function* bytes() {
    inspect(head);
    yield head;
    if (!ended) {
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        inspect(next.value);
        yield next.value;
      }
    }
    if (file.truncated()) throw fileTooLarge(filename, max);
  }

  const storageKey = newStorageKey(organizationId, ctx.clock.now());
  stored.push(storageKey);
  await ctx.files.put(storageKey, Readable.from(bytes(), { objectMode: false }), type.contentType);
  return { filename, contentType: text ? text.contentType(type.contentType) : type.contentType, sizeBytes: size, sha256: hash.digest('hex'), storageKey };
}

async function storeOne(ctx: AppContext, ticket: Ticket, uploadedByUserId: string | null, file: IncomingFile, stored: string[]) {
  const checked = await checkAndStoreFile(ctx, ticket.organizationId, file, stored);
  if (!checked) return undefined;
  return {
    ...checked, organizationId: ticket.organizationId, ticketId: ticket.id, eventId: null, dispatchId: null, kind: 'document',
    internal: false, uploadedByUserId, createdAt: ctx.clock.now(),
  } satisfies typeof attachments.$inferInsert;
}

/** Stores the files sent to ticket `number` and answers their rows, in the order sent. */
export async function uploadAttachments(ctx: AppContext, actor: Actor, number: number, files: AsyncIterable<IncomingFile>): Promise<AttachmentRow[]> {
  const ticket = await visibleTicket(ctx, actor, number);
  return storeTicketFiles(ctx, ticket, actor.userId, files);
}

/** Stores files on a ticket for a staff user or (uploader null) a party answering through its page;
 * with `allowNone`, a request without files stores nothing instead of failing. */
export async function storeTicketFiles(
  ctx: AppContext,
  ticket: Ticket,
  uploadedByUserId: string | null,
  files: AsyncIterable<IncomingFile>,
  options: { allowNone?: boolean } = {},
): Promise<AttachmentRow[]> {
  if (ticket.closedAt !== null) {
    throw new DomainError('action_not_available', 'This ticket is closed: it can only be read, and takes no more files.', { action: 'upload_attachments', status: ticket.status });
  }
  const stored: string[] = [];
  try {
    const rows: NonNullable<Awaited<ReturnType<typeof storeOne>>>[] = [];
    for await (const file of files) {
      if (rows.length >= MAX_FILES_PER_UPLOAD) throw new DomainError('too_many_files', `Send at most ${MAX_FILES_PER_UPLOAD} files at once.`, { max: MAX_FILES_PER_UPLOAD });
      const row = await storeOne(ctx, ticket, uploadedByUserId, file, stored);
      if (row) rows.push(row);
    }
    if (rows.length === 0) {
      if (options.allowNone) return [];
      throw new DomainError('no_file', 'The request holds no file: send them as multipart/form-data parts with a file name.');
    }
    const inserted = await ctx.db.insert(attachments).values(rows).returning();
    return rows.map((row) => inserted.find((r) => r.storageKey === row.storageKey)!);
  } catch (error) {
    await Promise.all(stored.map((key) => ctx.files.delete(key).catch(() => undefined)));
    throw error;
  }
}
