// One file of a ticket, for download: only through a ticket the actor may see, only a file of
// that very ticket (another ticket's or another agency's file is a 404 like a missing one).
import type { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { attachments } from '../db/schema/index.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { visibleTicket } from './ticket-access.ts';
import type { AttachmentRow } from './upload-attachments.ts';

/** The attachment's row and its bytes. */
export async function readAttachment(ctx: AppContext, actor: Actor, number: number, id: string): Promise<{ file: AttachmentRow; body: Readable }> {
  const ticket = await visibleTicket(ctx, actor, number);
  const [file] = await ctx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), eq(attachments.id, id)))
    .limit(1);
  if (!file) throw notFound('Attachment');
  try {
    return { file, body: await ctx.files.get(file.storageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This attachment is listed but its content is missing from storage.', { id });
    throw error;
  }
}
