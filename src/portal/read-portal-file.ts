// GET /portal/tickets/{number}/files/{id}: a file the resident may open on a ticket they see
// (shared documents, their own files, their thread's files, the quotes they see); any other file
// is a 404 like a missing one.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { attachmentsOfTicket, type AttachmentRow } from '../db/repositories/attachments.ts';
import { eventsOf } from '../db/repositories/tickets.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';
import { portalTicketDetail, residentFiles } from './portal-ticket-view.ts';
import { partiesOf } from '../db/repositories/tickets.ts';

export async function readPortalFile(ctx: AppContext, resident: Resident, number: number, id: string): Promise<{ file: AttachmentRow; body: Readable }> {
  const { viewer, ticket } = await visiblePortalTicket(ctx, resident, number);
  const [events, files, parties, detail] = await Promise.all([eventsOf(ctx.db, ticket.id), attachmentsOfTicket(ctx.db, ticket.id), partiesOf(ctx.db, ticket.id), portalTicketDetail(ctx, viewer, ticket)]);
  const quoteFileIds = detail.quotes.flatMap((q) => q.files.map((f) => f.id));
  const myPartyIds = parties.filter((p) => p.personId === resident.personId).map((p) => p.id);
  const { allowed } = residentFiles(ticket, resident.personId, events, files, myPartyIds, quoteFileIds);
  const file = files.find((f) => f.id === id);
  if (!file || !allowed.has(file.id)) throw notFound('Attachment');
  try {
    return { file, body: await ctx.files.get(file.storageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This file is listed but its content is missing from storage.', { id });
    throw error;
  }
}
