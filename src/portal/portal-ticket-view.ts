// What a resident reads of tickets (API: PortalTicketItem, PortalTicket): their words, never the
// manager's description, internal notes or contractors' exchanges; amounts only to the council of
// a syndic ticket and to the approver; a neighbour named "Prénom I.". Shared documents are the
// files the manager added as documents ("Ajouter des documents": attachments of kind `document`
// on an `attachments_added` event, not internal), the requester's own files of their request, and
// the files of the resident's own thread of messages.
import type { AppContext } from '../context.ts';
import type { ResidentViewer } from '../tickets/ticket-access.ts';
import { dispatchesOfTickets, partiesOfTickets, eventsOf, type DispatchRow, type EventRow, type PartyRow, type TicketRow } from '../db/repositories/tickets.ts';
import { attachmentsOfTicket, quoteFilesOf, type AttachmentRow } from '../db/repositories/attachments.ts';
import { categoryName, feedbackOfTickets, incidentUpdatesOf, personsByIds, placeNames, threadEventsOf, ticketReadsOf, type FeedbackRow } from '../db/repositories/portal-requests.ts';
import { residentSeesAmounts } from '../domain/portal/ticket-visibility.ts';
import { residentStatus } from '../domain/portal/resident-status.ts';

const FEEDBACK_DAYS_AFTER_CLOSE = 30;

/** "Prénom I." for a neighbour: the first word and the initial of the last. */
export function neighbourName(name: string | null): string | null {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) return words[0]!;
  return `${words[0]} ${words.at(-1)!.charAt(0).toUpperCase()}.`;
}

const fileUrl = (number: number, id: string) => `/api/v1/portal/tickets/${number}/files/${id}`;

/** The next appointment of a ticket's dispatches (planned or on site), if any. */
function appointmentOf(dispatches: readonly DispatchRow[]) {
  const planned = dispatches
    .filter((d) => d.appointmentStartsAt && (d.state === 'planned' || d.state === 'on_site'))
    .sort((a, b) => a.appointmentStartsAt!.getTime() - b.appointmentStartsAt!.getTime());
  const next = planned[0];
  return next ? { dispatch: next, startsAt: next.appointmentStartsAt!, durationMinutes: next.appointmentDurationMinutes ?? 60 } : null;
}

/** The resident's active approver parties and the quotes awaiting their decision. */
function awaitingDecision(personId: string, parties: readonly PartyRow[], dispatches: readonly DispatchRow[]): string[] {
  const mine = parties.filter((p) => p.role === 'approver' && p.active && p.personId === personId);
  return dispatches.filter((d) => d.state === 'approval_requested' && mine.some((p) => p.dispatchIds.includes(d.id))).map((d) => d.id);
}

interface Facts {
  ticket: TicketRow;
  dispatches: DispatchRow[];
  parties: PartyRow[];
  thread: EventRow[];
  feedback: FeedbackRow | undefined;
  /** When the resident last opened the ticket in the portal. */
  readAt: Date | undefined;
  place: { propertyName: string; unitReference: string | null };
}

/** Loads what the cards of these tickets read, in one query per table. */
async function factsOf(ctx: AppContext, viewer: ResidentViewer, rows: readonly TicketRow[]): Promise<Facts[]> {
  const ids = rows.map((t) => t.id);
  const organizationId = viewer.resident.organizationId;
  const [dispatches, parties, feedback, names, reads] = await Promise.all([
    dispatchesOfTickets(ctx.db, ids),
    partiesOfTickets(ctx.db, ids),
    feedbackOfTickets(ctx.db, ids),
    placeNames(ctx.db, organizationId, [...new Set(rows.flatMap((t) => (t.propertyId ? [t.propertyId] : [])))], [...new Set(rows.flatMap((t) => (t.unitId ? [t.unitId] : [])))]),
    ticketReadsOf(ctx.db, organizationId, viewer.resident.personId, ids),
  ]);
  const myParties = parties.filter((p) => p.personId === viewer.resident.personId);
  // Their thread, and on their own requests the incident's updates relayed to them.
  const mine = rows.filter((t) => t.requesterPersonId === viewer.resident.personId && t.incidentId).map((t) => t.id);
  const [own, relayed] = [await threadEventsOf(ctx.db, ids, myParties.map((p) => p.id)), await incidentUpdatesOf(ctx.db, mine)];
  const thread = [...own, ...relayed].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.seq - b.seq);
  return rows.map((ticket) => ({
    ticket,
    dispatches: dispatches.filter((d) => d.ticketId === ticket.id),
    parties: parties.filter((p) => p.ticketId === ticket.id),
    thread: thread.filter((e) => e.ticketId === ticket.id),
    feedback: feedback.find((f) => f.ticketId === ticket.id),
    readAt: reads.get(ticket.id),
    place: { propertyName: (ticket.propertyId && names.properties.get(ticket.propertyId)?.name) || '', unitReference: (ticket.unitId && names.units.get(ticket.unitId)) || null },
  }));
}

function canGiveFeedback(facts: Facts, personId: string, now: Date): boolean {
  const { ticket } = facts;
  if (ticket.requesterPersonId !== personId || facts.feedback || !ticket.resolvedAt) return false;
  return !ticket.closedAt || now.getTime() - ticket.closedAt.getTime() < FEEDBACK_DAYS_AFTER_CLOSE * 86_400_000;
}

/** Messages from the agency after the resident last opened the ticket in the portal, or last
 * wrote in its thread (they were reading it then), whichever is later. */
function unreadMessages(thread: readonly EventRow[], readAt: Date | undefined): number {
  let count = 0;
  for (const event of thread) {
    if (event.type === 'message_received') count = 0;
    // A message of the very instant of the read mark is still new: better told twice than missed.
    else if (!readAt || event.createdAt.getTime() >= readAt.getTime()) count += 1;
  }
  return count;
}

function itemOf(facts: Facts, viewer: ResidentViewer, now: Date) {
  const { ticket } = facts;
  const personId = viewer.resident.personId;
  const appointment = appointmentOf(facts.dispatches);
  const status = residentStatus({ ...ticket, cancelledRequest: ticket.closeReason === 'request_cancelled' }, appointment?.startsAt ?? null, now);
  return {
    number: ticket.number,
    subject: ticket.subject,
    status,
    place: facts.place,
    requestedAt: ticket.requestedAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    mine: ticket.requesterPersonId === personId,
    /** Grouped with identical reports (linked to an incident, or closed as its duplicate). */
    grouped: ticket.incidentId !== null,
    appointment: appointment && !ticket.closedAt ? { startsAt: appointment.startsAt.toISOString(), durationMinutes: appointment.durationMinutes } : null,
    awaitingMyDecision: !ticket.closedAt && awaitingDecision(personId, facts.parties, facts.dispatches).length > 0,
    awaitingMyFeedback: canGiveFeedback(facts, personId, now),
    unreadMessages: unreadMessages(facts.thread, facts.readAt),
  };
}

export type PortalTicketItem = ReturnType<typeof itemOf>;

/** The cards of these tickets, in their order. */
export async function portalTicketItems(ctx: AppContext, viewer: ResidentViewer, rows: readonly TicketRow[]): Promise<PortalTicketItem[]> {
  const now = ctx.clock.now();
  return (await factsOf(ctx, viewer, rows)).map((facts) => itemOf(facts, viewer, now));
}

/** The milestones a resident reads in their ticket's story. */
const STEP_OF: Partial<Record<EventRow['type'], string>> = {
  request_received: 'received',
  request_validated: 'validated',
  appointment_set: 'appointment_set',
  appointment_validated: 'appointment_set',
  appointment_postponed: 'appointment_changed',
  work_completed: 'work_done',
  ticket_resolved: 'resolved',
  ticket_closed: 'closed',
  request_cancelled: 'cancelled',
  // A report gathered with identical ones (an incident): the resident never sees the incident
  // itself nor its other requesters, only that theirs was grouped, and its updates as messages.
  linked_to_incident: 'grouped',
  closed_as_duplicate: 'closed',
} as Partial<Record<string, string>>;

/** The files a resident may open on this ticket (see the head of this file), with the ids of the
 * quote files they see. */
export function residentFiles(ticket: TicketRow, personId: string, events: readonly EventRow[], files: readonly AttachmentRow[], myPartyIds: readonly string[], quoteFileIds: readonly string[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const mine = ticket.requesterPersonId === personId;
  const documents: AttachmentRow[] = [];
  const threadFiles: AttachmentRow[] = [];
  for (const file of files) {
    const event = file.eventId ? byId.get(file.eventId) : undefined;
    if (!event || file.internal || event.internal) continue;
    if (event.type === 'attachments_added' && file.kind === 'document') documents.push(file);
    else if (event.type === 'request_received' && mine) documents.push(file);
    else if ((event.type === 'message_sent' || event.type === 'message_received') && event.partyId && myPartyIds.includes(event.partyId)) threadFiles.push(file);
  }
  const allowed = new Set([...documents, ...threadFiles].map((f) => f.id).concat(quoteFileIds));
  return { documents, threadFiles, allowed };
}

/** Everything the ticket's page shows the resident. */
export async function portalTicketDetail(ctx: AppContext, viewer: ResidentViewer, ticket: TicketRow) {
  const now = ctx.clock.now();
  const personId = viewer.resident.personId;
  const [facts] = await factsOf(ctx, viewer, [ticket]);
  const [events, files, category, [me]] = await Promise.all([
    eventsOf(ctx.db, ticket.id),
    attachmentsOfTicket(ctx.db, ticket.id),
    ticket.categoryId ? categoryName(ctx.db, ticket.organizationId, ticket.categoryId) : undefined,
    personsByIds(ctx.db, ticket.organizationId, [personId]),
  ]);
  const item = itemOf(facts!, viewer, now);
  const approverOf = viewer.approverTicketIds.includes(ticket.id);
  const seesAmounts = residentSeesAmounts(viewer.relations, ticket, approverOf);
  const myPartyIds = facts!.parties.filter((p) => p.personId === personId).map((p) => p.id);
  const awaiting = awaitingDecision(personId, facts!.parties, facts!.dispatches);
  // The approver sees the quotes put to them; the council every quote of a syndic ticket.
  const decided = new Set(facts!.parties.filter((p) => p.role === 'approver' && p.personId === personId).flatMap((p) => p.dispatchIds));
  const quoteDispatches = seesAmounts
    ? facts!.dispatches.filter((d) => d.kind === 'quote' && d.quoteAmountCents !== null && (residentSeesAmounts(viewer.relations, ticket) || decided.has(d.id)))
    : [];
  const quoteFiles = await quoteFilesOf(ctx.db, ticket.id, quoteDispatches.map((d) => d.id));
  const { documents, threadFiles } = residentFiles(ticket, personId, events, files, myPartyIds, quoteFiles.map((f) => f.id));
  const appointment = appointmentOf(facts!.dispatches);
  const mine = ticket.requesterPersonId === personId;
  // A company's admin reads its requests as their requester does.
  const asRequester = mine || (ticket.companyId !== null && viewer.adminCompanyIds.includes(ticket.companyId));
  return {
    ...item,
    description: asRequester ? ticket.originalDescription || ticket.description : '',
    category: category ?? null,
    availability: asRequester ? ticket.availability : null,
    entryAllowed: asRequester ? ticket.entryAllowed : null,
    requester: { displayName: mine ? (me?.name ?? ticket.requesterName ?? '') : (neighbourName(ticket.requesterName) ?? '') },
    steps: events.flatMap((e) => (STEP_OF[e.type] && !e.internal ? [{ at: e.createdAt.toISOString(), kind: STEP_OF[e.type]! }] : [])),
    documents: documents.map((f) => ({ id: f.id, name: f.filename, type: f.contentType, size: f.sizeBytes, url: fileUrl(ticket.number, f.id) })),
    messages: facts!.thread.map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      from: e.type === 'message_received' ? ('me' as const) : ('agency' as const),
      authorName: e.actorName,
      body: String(e.payload.body ?? e.payload.message ?? ''),
      files: threadFiles.filter((f) => f.eventId === e.id).map((f) => ({ id: f.id, name: f.filename, url: fileUrl(ticket.number, f.id) })),
    })),
    feedback: facts!.feedback ? { rating: facts!.feedback.rating, reason: facts!.feedback.reason, comment: facts!.feedback.comment, at: facts!.feedback.createdAt.toISOString() } : null,
    canGiveFeedback: canGiveFeedback(facts!, personId, now),
    quotes: quoteDispatches.map((d) => ({
      dispatchId: d.id,
      contractorName: d.contractorName,
      amountCents: d.quoteAmountCents!,
      validUntil: d.quoteValidUntil,
      files: quoteFiles.filter((f) => f.dispatchId === d.id).map((f) => ({ id: f.id, name: f.filename, url: fileUrl(ticket.number, f.id) })),
      state: d.state,
      awaitingMyDecision: !ticket.closedAt && awaiting.includes(d.id),
    })),
    appointmentIcsUrl: appointment && !ticket.closedAt ? `/api/v1/portal/tickets/${ticket.number}/appointment.ics` : null,
  };
}

export type PortalTicket = Awaited<ReturnType<typeof portalTicketDetail>>;
export { appointmentOf };
