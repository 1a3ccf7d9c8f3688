// Attaches uploaded files to the event of the action that brought them. The event row is written
// at the end of the action (refreshTicket), and attachments.event_id references it: so the files
// are checked and locked when the handler asks, and linked once the events exist.
// A file of a received message (a contractor's email with its invoice) may be named too: the
// action gets a copy of its row (the same bytes), so the message keeps its file and the invoice
// has its own, of its own kind and dispatch. Rows are only ever deleted while unlinked, so two
// linked rows sharing a storage key never lose their bytes.
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import { copyMessageFiles, linkAttachmentIds, lockUnlinkedAttachmentIds } from '../db/repositories/attachments.ts';

export const ATTACHMENT_KINDS = ['document', 'photo', 'proof', 'quote', 'invoice', 'signed_quote', 'message'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

interface PendingLink {
  ids: string[];
  eventId: string;
  kind: AttachmentKind;
  dispatchId: string | null;
  internal: boolean;
}

// Per transaction (its `db` object): the links waiting for their events to be written.
const pending = new WeakMap<object, PendingLink[]>();

function unknownAttachments(): DomainError {
  return new DomainError('unknown_reference', 'Some attachments are not files uploaded to this ticket, or are already used.', { field: 'attachmentIds' });
}

/** Links files uploaded to this ticket (and not yet used) to an event; unknown or used ids are
 * refused now, the link itself is written by applyAttachmentLinks once the event is. */
export async function linkAttachments(
  db: Db,
  ticket: { id: string; organizationId: string },
  named: string[],
  eventId: string,
  kind: AttachmentKind,
  extra: { dispatchId?: string; internal?: boolean } = {},
): Promise<void> {
  if (named.length === 0) return;
  const copies = kind === 'message' ? new Map<string, string>() : await copyMessageFiles(db, ticket, named);
  const ids = named.map((id) => copies.get(id) ?? id);
  const queued = pending.get(db) ?? [];
  if (ids.some((id) => queued.some((link) => link.ids.includes(id)))) throw unknownAttachments();
  const free = await lockUnlinkedAttachmentIds(db, ticket, ids);
  if (free.length !== new Set(ids).size) throw unknownAttachments();
  queued.push({ ids, eventId, kind, dispatchId: extra.dispatchId ?? null, internal: extra.internal ?? false });
  pending.set(db, queued);
}

/** Writes the links queued in this transaction; called right after its events are written. */
export async function applyAttachmentLinks(db: Db): Promise<void> {
  const links = pending.get(db);
  if (!links) return;
  pending.delete(db);
  for (const link of links) {
    const linked = await linkAttachmentIds(db, link.ids, { eventId: link.eventId, kind: link.kind, dispatchId: link.dispatchId, internal: link.internal });
    if (linked.length !== new Set(link.ids).size) throw unknownAttachments();
  }
}
