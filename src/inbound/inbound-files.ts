// The files that came with an inbound message (email attachments, web form photos, inspection
// photos): judged by their bytes and stored before the change's transaction, then written as the
// ticket's attachments inside it. Files Gardien would not serve as themselves (winmail.dat, a
// forwarded .eml, an office file of an older kind) are kept inert, as application/octet-stream,
// downloaded and never shown inline.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import { newStorageKey } from '../channels/file-store.ts';
import { insertAttachments } from '../db/repositories/attachments.ts';
import { detectAttachmentType, sanitizeFilename, SNIFF_BYTES } from '../tickets/attachment-types.ts';
import { linkAttachments, type AttachmentKind } from '../tickets/link-attachments.ts';
import type { ActionScope } from '../tickets/action-scope.ts';

export interface InboundFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface StoredInboundFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** Stores each file under the organization; the keys are pushed to `stored` as they are written,
 * so that the caller deletes them if the change fails. */
export async function storeInboundFiles(ctx: AppContext, organizationId: string, files: readonly InboundFile[], stored: string[]): Promise<StoredInboundFile[]> {
  const out: StoredInboundFile[] = [];
  for (const file of files) {
    const filename = sanitizeFilename(file.filename, 'piece-jointe');
    const type = file.content.length > 0 ? await detectAttachmentType(file.content.subarray(0, SNIFF_BYTES), filename) : undefined;
    const contentType = type?.contentType ?? 'application/octet-stream';
    const storageKey = newStorageKey(organizationId, ctx.clock.now());
    stored.push(storageKey);
    await ctx.files.put(storageKey, Readable.from([file.content]), contentType);
    out.push({ filename, contentType, sizeBytes: file.content.length, sha256: createHash('sha256').update(file.content).digest('hex'), storageKey });
  }
  return out;
}

/** Writes stored files as the ticket's attachments of an event of the change. */
export async function attachStoredFiles(scope: ActionScope, files: readonly StoredInboundFile[], eventId: string, kind: AttachmentKind, dispatchId?: string): Promise<void> {
  if (files.length === 0) return;
  const rows = await insertAttachments(
    scope.db,
    files.map((f) => ({
      ...f, organizationId: scope.organizationId, ticketId: scope.ticket.id, eventId: null, dispatchId: dispatchId ?? null, kind,
      internal: false, uploadedByUserId: null, createdAt: scope.now,
    })),
  );
  await linkAttachments(scope.db, scope.ticket, rows.map((r) => r.id), eventId, kind, { dispatchId });
}

/** Deletes stored files of a change that did not happen. */
export async function deleteStoredFiles(ctx: AppContext, keys: readonly string[]): Promise<void> {
  for (const key of keys) await ctx.files.delete(key).catch(() => undefined);
}
