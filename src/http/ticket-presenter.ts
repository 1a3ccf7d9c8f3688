// Shapes tickets, dispatches, parties, events and files into API answers.
import { presentFeedback } from './feedback-presenter.ts';
import { ageColour, type OrganizationSettings } from '../domain/settings.ts';
import { STATUSES } from '../domain/tickets/codes.ts';
import { dispatchStatus } from '../domain/tickets/ticket-status.ts';
import type { TicketRow, DispatchRow, PartyRow, EventRow } from '../db/repositories/tickets.ts';
import type { getTicket } from '../tickets/get-ticket.ts';
import type { AttachmentRow as FileRow } from '../db/repositories/attachments.ts';
import type { UndeliveredRow } from '../db/repositories/delivery-problems.ts';
import { deliveryProblem, type EventDelivery } from '../domain/messages/delivery-problems.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The columns the list and the ticket page both show (the list reads only these). */
export type TicketSummaryRow = Pick<TicketRow,
  'number' | 'type' | 'status' | 'needsAction' | 'waitingOn' | 'subject' | 'source' | 'amountCents' | 'unreadCount'
  | 'lastHandledAt' | 'firstRespondedAt' | 'firstResponseDueAt' | 'closedAt' | 'createdAt' | 'updatedAt' | 'incidentReportCount'>;

/** Whether the first response or assignment is late, soon due, or done in time. */
export function firstResponse(ticket: Pick<TicketRow, 'firstRespondedAt' | 'closedAt' | 'firstResponseDueAt'>, now: Date): 'done' | 'due' | 'overdue' {
  if (ticket.firstRespondedAt || ticket.closedAt) return 'done';
  return now > ticket.firstResponseDueAt ? 'overdue' : 'due';
}

/** Fields shared by the list and the ticket page. */
export function ticketSummary(ticket: TicketSummaryRow, now: Date, settings: OrganizationSettings) {
  const status = ticket.status;
  return {
    number: ticket.number,
    type: ticket.type,
    status,
    statusKind: STATUSES[status].kind,
    needsAction: ticket.needsAction,
    waitingOn: ticket.waitingOn,
    subject: ticket.subject,
    source: ticket.source,
    amountCents: ticket.amountCents,
    unreadCount: ticket.unreadCount,
    ageColour: ageColour(ticket.lastHandledAt, now, settings.ageColours),
    firstResponse: firstResponse(ticket, now),
    firstResponseDueAt: ticket.firstResponseDueAt.toISOString(),
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    closedAt: iso(ticket.closedAt),
    incidentReportCount: ticket.incidentReportCount,
  };
}

/** One dispatch: a contractor's thread on the ticket. */
export function presentDispatch(d: DispatchRow) {
  return {
    id: d.id,
    contractorId: d.contractorId,
    contractorName: d.contractorName,
    emails: d.emails,
    phones: d.phones,
    channels: d.channels,
    instructions: d.instructions,
    kind: d.kind,
    state: d.state,
    status: dispatchStatus({ kind: d.kind, state: d.state }) ?? null,
    stateChangedAt: d.stateChangedAt.toISOString(),
    appointment: d.appointmentStartsAt ? { startsAt: d.appointmentStartsAt.toISOString(), durationMinutes: d.appointmentDurationMinutes } : null,
    refusalReason: d.refusalReason,
    quote: d.quoteAmountCents !== null ? { amountCents: d.quoteAmountCents, validUntil: d.quoteValidUntil, confirmedAt: iso(d.quoteConfirmedAt) } : null,
    invoiceAmountCents: d.invoiceAmountCents,
    completion: d.completedAt ? { at: d.completedAt.toISOString(), comment: d.completionComment } : null,
    acknowledgedAt: iso(d.acknowledgedAt),
  };
}

/** A person on the ticket. */
export function presentParty(p: PartyRow) {
  return { id: p.id, role: p.role, personId: p.personId, name: p.name, emails: p.emails, phones: p.phones, channels: p.channels, comment: p.comment, dispatchIds: p.dispatchIds, decision: p.decision };
}

/** A file of the ticket, with the address it is served at. */
export function presentFile(ticketNumber: number, f: FileRow) {
  return {
    id: f.id, kind: f.kind, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes, internal: f.internal, dispatchId: f.dispatchId,
    createdAt: f.createdAt.toISOString(), url: `/api/v1/tickets/${ticketNumber}/attachments/${f.id}`,
  };
}

/** A message to a party that could not leave: to whom, by which channel, why, the fix, and where the outbox shows it. */
export function presentDeliveryProblem(ticketNumber: number, m: UndeliveredRow) {
  const problem = deliveryProblem(m)!;
  return {
    messageId: m.id, eventId: m.eventId, dispatchId: m.dispatchId, partyId: m.partyId, channel: m.channel, state: m.state,
    cause: problem.cause, fix: problem.fix, template: m.template, recipientName: m.recipientName, recipients: m.recipients,
    lastError: m.lastError, createdAt: m.createdAt.toISOString(),
    outboxUrl: `/admin/outbox?ticket=${ticketNumber}&state=${m.state}&channel=${m.channel}&message=${m.id}`,
  };
}

/** The ticket page's answer. */
export function presentTicket(data: Awaited<ReturnType<typeof getTicket>>) {
  const { ticket, dispatches, parties, property, unit, category, assignee, createdBy, documents, feedback, next, now, settings, organization, undelivered, failing, incident, incidentReports, company } = data;
  const active = parties.filter((p) => p.active);
  return {
    ...ticketSummary(ticket, now, settings),
    id: ticket.id,
    currency: organization.currency,
    closeReason: ticket.closeReason,
    module: ticket.module,
    property: property ? { id: property.id, name: property.name, addressLine: property.addressLine, postalCode: property.postalCode, city: property.city } : null,
    unit: unit ? { id: unit.id, reference: unit.reference, floor: unit.floor } : null,
    assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
    createdBy: createdBy ? { id: createdBy.id, name: createdBy.name } : null,
    requester: ticket.requesterName || ticket.requesterPersonId
      ? { personId: ticket.requesterPersonId, name: ticket.requesterName, email: ticket.requesterEmail, phone: ticket.requesterPhone }
      : null,
    company: company ? { id: company.id, name: company.name } : null,
    unregisteredSender: ticket.unregisteredSender,
    /** When it was resolved (by the manager, or its work done and invoiced), and when it closes on its own without feedback. */
    resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
    autoCloseAt: ticket.autoCloseAt?.toISOString() ?? null,
    /** The requester's feedback, read-only. */
    feedback: feedback ? presentFeedback(feedback) : null,
    requestedAt: ticket.requestedAt.toISOString(),
    /** A report linked to an incident: the incident (closed as its duplicate when closeReason is "duplicate"). */
    incident: incident ? { number: incident.number, subject: incident.subject, closedAt: iso(incident.closedAt) } : null,
    /** An incident: the reports linked to it, oldest request first. */
    incidentReports: incidentReports.map((r) => ({
      number: r.number, subject: r.subject, requesterName: r.requesterName, requestedAt: r.requestedAt.toISOString(), closedAt: iso(r.closedAt), closeReason: r.closeReason,
    })),
    description: ticket.description,
    originalDescription: ticket.originalDescription,
    category: category ? { id: category.id, name: category.name, fields: category.fields } : null,
    categoryFields: ticket.categoryFields,
    /** What a resident said with a portal request: when they are at home, whether the contractor may enter without them. */
    availability: ticket.availability,
    entryAllowed: ticket.entryAllowed,
    silent: ticket.silent,
    presenceCheck: ticket.presenceCheck,
    notifyReminders: ticket.notifyReminders,
    visibility: ticket.visibility,
    sendOwnerName: ticket.sendOwnerName,
    reminders: ticket.reminders,
    lastHandledAt: ticket.lastHandledAt.toISOString(),
    timeSpentSeconds: ticket.timeSpentSeconds,
    dispatches: dispatches.map(presentDispatch),
    contactPerson: active.find((p) => p.role === 'contact') ? presentParty(active.find((p) => p.role === 'contact')!) : null,
    watchers: active.filter((p) => p.role === 'watcher').map(presentParty),
    approvers: active.filter((p) => p.role === 'approver').map(presentParty),
    councilInformed: active.filter((p) => p.role === 'council_informed').map(presentParty),
    documents: documents.filter((f) => !f.internal && f.kind !== 'message').map((f) => presentFile(ticket.number, f)),
    /** Messages to its contractors and parties that did not leave (held, failed), when the reader may read the outbox. */
    deliveryProblems: undelivered.filter((m) => deliveryProblem(m)).map((m) => presentDeliveryProblem(ticket.number, m)),
    /** Addresses of its requester, parties and contractors that bounced permanently (lower case), with the remote server's reason. */
    failingAddresses: failing.map((f) => ({ address: f.address, reason: f.reason, failedAt: f.failedAt.toISOString() })),
    nextSteps: {
      ...next,
      // Contact, watchers and approvers can be written to and have their details changed while the ticket is open.
      parties: active.map((p) => ({ partyId: p.id, actions: ticket.closedAt ? [] : ['send_message', 'update_party'] })),
    },
  };
}

/** One event of the history. */
export function presentEvent(ticketNumber: number, e: EventRow, files: FileRow[], delivery: EventDelivery = null) {
  return {
    /** What became of the messages the event called for (null: none, or the reader may not read the outbox). */
    delivery,
    id: e.id, seq: e.seq, type: e.type, actorType: e.actorType, actorName: e.actorName, actorUserId: e.actorUserId, channel: e.channel,
    direction: e.direction, internal: e.internal, dispatchId: e.dispatchId, partyId: e.partyId, payload: e.payload,
    createdAt: e.createdAt.toISOString(), attachments: files.map((f) => presentFile(ticketNumber, f)),
  };
}
