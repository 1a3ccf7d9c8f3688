// After every change: derive the ticket's status, whom it waits on, whether it needs action and
// its amount from the domain's rules; store them with the events and the search document.
import type { Db } from '../db/connection.ts';
import { ticketStatus, waitingOn, needsAction } from '../domain/tickets/ticket-status.ts';
import type { DispatchKind, DispatchState, TicketType } from '../domain/tickets/codes.ts';
import { foldText } from '../domain/search-text.ts';
import { updateTicket, appendEvents, type TicketRow, type DispatchRow, type NewEvent, type EventRow } from '../db/repositories/tickets.ts';
import { placeWords } from '../db/repositories/ticket-search.ts';
import { applyAttachmentLinks } from './link-attachments.ts';

/** The amount shown on a ticket: invoices where there are some, otherwise approved quotes. */
export function ticketAmount(dispatches: readonly DispatchRow[]): number | null {
  const counted = dispatches.filter((d) => d.state !== 'cancelled' && d.state !== 'not_retained');
  const invoices = counted.filter((d) => d.invoiceAmountCents !== null);
  if (invoices.length) return invoices.reduce((sum, d) => sum + d.invoiceAmountCents!, 0);
  const approved = counted.filter((d) => d.quoteAmountCents !== null && (d.kind === 'work_order' || d.state === 'approved'));
  return approved.length ? approved.reduce((sum, d) => sum + d.quoteAmountCents!, 0) : null;
}

async function searchDocument(db: Db, ticket: TicketRow, dispatches: readonly DispatchRow[], now: Date): Promise<string> {
  const place = await placeWords(db, ticket.propertyId, ticket.unitId, now.toISOString().slice(0, 10));
  return foldText([String(ticket.number), ticket.subject, ticket.description, ticket.originalDescription, ticket.requesterName ?? '', ...place, ...dispatches.map((d) => d.contractorName)].join(' '));
}

/** Writes the derived fields, the events and the search document of a changed ticket. */
export async function refreshTicket(
  db: Db,
  ticket: TicketRow,
  dispatches: readonly DispatchRow[],
  events: NewEvent[],
  now: Date,
  options: { handledByStaff: boolean; unreadDelta?: number; patch?: Partial<TicketRow>; reindex?: boolean },
): Promise<EventRow[]> {
  Object.assign(ticket, options.patch ?? {});
  const merged = { ...ticket };
  merged.unreadCount = Math.max(0, ticket.unreadCount + (options.unreadDelta ?? 0));
  const facts = { type: merged.type as TicketType, closed: merged.closedAt !== null, unreadCount: merged.unreadCount };
  const states = dispatches.map((d) => ({ kind: d.kind as DispatchKind, state: d.state as DispatchState }));
  const patch: Partial<TicketRow> = {
    ...options.patch,
    status: ticketStatus(facts, states),
    waitingOn: waitingOn(facts, states),
    needsAction: needsAction(facts, states),
    amountCents: ticketAmount(dispatches),
    unreadCount: merged.unreadCount,
    updatedAt: now,
  };
  if (options.handledByStaff) {
    patch.lastHandledAt = now;
    if (!ticket.firstRespondedAt && ticket.assigneeId) patch.firstRespondedAt = now;
  }
  Object.assign(ticket, patch);
  // The search document changes only with what it is made of (subject, place, contractors…): most
  // actions leave it, and one UPDATE writes the row either way.
  const search = options.reindex === false ? undefined : await searchDocument(db, ticket, dispatches, now);
  await updateTicket(db, ticket.id, patch, search);
  const written = await appendEvents(db, ticket, events);
  await applyAttachmentLinks(db); // files an action brought point at its events, now written
  return written;
}
