// SQL of a ticket's files (attachments): uploads waiting for an action, files linked to the
// history, what a party may open, and the clean-up of uploads never used.
import { and, asc, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { attachments, ticketEvents } from '../schema/index.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

type TicketRef = { id: string; organizationId: string };

/** Writes uploaded files' rows at once. */
export function insertAttachments(db: Db, rows: NewAttachment[]): Promise<AttachmentRow[]> {
  return db.insert(attachments).values(rows).returning();
}

/** One file of this ticket. */
export async function ticketAttachment(db: Db, ticket: TicketRef, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), eq(attachments.id, id)))
    .limit(1);
  return row;
}

/** Every file of a ticket, linked or not. */
export function attachmentsOfTicket(db: Db, ticketId: string): Promise<AttachmentRow[]> {
  return db.select().from(attachments).where(eq(attachments.ticketId, ticketId));
}

/** The files linked to a ticket's history, oldest first. */
export function linkedAttachmentsOfTicket(db: Db, ticketId: string): Promise<AttachmentRow[]> {
  return db.select().from(attachments).where(and(eq(attachments.ticketId, ticketId), isNotNull(attachments.eventId))).orderBy(asc(attachments.createdAt));
}

/** The ticket's documents linked to its history and not internal, in the order they came. */
export function sharedDocumentsOfTicket(db: Db, ticket: TicketRef): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), isNotNull(attachments.eventId), eq(attachments.internal, false)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** The files a party may open: linked, not internal, of a shared kind or of one of its dispatches. */
export function attachmentsSharedWithParty(db: Db, ticketId: string, sharedKinds: string[], ownDispatchIds: string[]): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.ticketId, ticketId),
        isNotNull(attachments.eventId),
        eq(attachments.internal, false),
        ownDispatchIds.length
          ? or(inArray(attachments.kind, sharedKinds), inArray(attachments.dispatchId, ownDispatchIds))
          : inArray(attachments.kind, sharedKinds),
      ),
    );
}

/** The quote files of these dispatches that a party may open (linked, not internal), oldest first. */
export function quoteFilesOf(db: Db, ticketId: string, dispatchIds: string[]): Promise<AttachmentRow[]> {
  if (dispatchIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), eq(attachments.kind, 'quote'), isNotNull(attachments.eventId), eq(attachments.internal, false), inArray(attachments.dispatchId, dispatchIds)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** The ids among `ids` of files uploaded to this ticket and not yet linked, locked until the
 * transaction ends. */
export async function lockUnlinkedAttachmentIds(db: Db, ticket: TicketRef, ids: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), inArray(attachments.id, ids), isNull(attachments.eventId)))
    .for('update');
  return rows.map((r) => r.id);
}

/** New unlinked rows for those of `ids` that are files of this ticket's received messages (kind
 * `message`, linked, not internal), sharing their bytes: a manual entry made from a contractor's
 * email takes its files this way (the copy keeps the date the file came). Answers old id → new
 * id; other ids are left out. */
export async function copyMessageFiles(db: Db, ticket: TicketRef, ids: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), inArray(attachments.id, ids),
        isNotNull(attachments.eventId), eq(attachments.kind, 'message'), eq(attachments.internal, false),
      ),
    );
  if (rows.length === 0) return new Map();
  const copies = await db
    .insert(attachments)
    .values(rows.map(({ id: _id, eventId: _eventId, ...row }) => ({ ...row, eventId: null })))
    .returning({ id: attachments.id });
  return new Map(rows.map((row, i) => [row.id, copies[i]!.id]));
}

/** Links still-unlinked files to an event; the ids linked. */
export async function linkAttachmentIds(
  db: Db,
  ids: string[],
  link: { eventId: string; kind: string; dispatchId: string | null; internal: boolean },
): Promise<string[]> {
  const rows = await db
    .update(attachments)
    .set(link)
    .where(and(inArray(attachments.id, ids), isNull(attachments.eventId)))
    .returning({ id: attachments.id });
  return rows.map((r) => r.id);
}

/** Deletes at most `limit` unlinked uploads created before `olderThan` (every organization); the
 * storage keys of the rows deleted. A row linked between the select and the delete is kept. */
export async function deleteStaleUploads(db: Db, olderThan: Date, limit: number): Promise<string[]> {
  const stale = and(isNull(attachments.eventId), lt(attachments.createdAt, olderThan));
  const ids = db.select({ id: attachments.id }).from(attachments).where(stale).limit(limit);
  const removed = await db.delete(attachments).where(and(inArray(attachments.id, ids), stale)).returning({ storageKey: attachments.storageKey });
  return removed.map((r) => r.storageKey);
}

/** Deletes those of these uploads that no action linked; the storage keys of the rows deleted. */
export async function deleteUnlinkedAttachments(db: Db, ids: string[]): Promise<string[]> {
  const removed = await db
    .delete(attachments)
    .where(and(inArray(attachments.id, ids), isNull(attachments.eventId)))
    .returning({ storageKey: attachments.storageKey });
  return removed.map((r) => r.storageKey);
}

/** Where each event of a ticket came from, for the manifest: seq, type, date, actor's name. */
export function eventOriginsOfTicket(db: Db, organizationId: string, ticketId: string) {
  return db
    .select({ id: ticketEvents.id, seq: ticketEvents.seq, type: ticketEvents.type, createdAt: ticketEvents.createdAt, actorName: ticketEvents.actorName })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.organizationId, organizationId), eq(ticketEvents.ticketId, ticketId)));
}
