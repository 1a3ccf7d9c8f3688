// Attaches uploaded files to the event of the action that brought them.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import { attachments } from '../db/schema/index.ts';

export const ATTACHMENT_KINDS = ['document', 'photo', 'proof', 'quote', 'invoice', 'signed_quote', 'message'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Links files uploaded to this ticket (and not yet used) to an event; unknown ids are refused. */
export async function linkAttachments(
  db: Db,
  ticket: { id: string; organizationId: string },
  ids: string[],
  eventId: string,
  kind: AttachmentKind,
  extra: { dispatchId?: string; internal?: boolean } = {},
): Promise<void> {
  if (ids.length === 0) return;
  const linked = await db
    .update(attachments)
    .set({ eventId, kind, dispatchId: extra.dispatchId ?? null, internal: extra.internal ?? false })
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), inArray(attachments.id, ids), isNull(attachments.eventId)))
    .returning({ id: attachments.id });
  if (linked.length !== ids.length) {
    throw new DomainError('unknown_reference', 'Some attachments are not files uploaded to this ticket, or are already used.', { field: 'attachmentIds' });
  }
}
