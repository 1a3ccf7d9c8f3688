// The shapes of the ticket API's answers (src/http/ticket-presenter.ts and the list route), as
// the web app reads them.
import type { StatusKind, TicketStatus, TicketType } from '../../../../src/domain/tickets/codes.ts';

export type AgeColour = 'fresh' | 'ageing' | 'old';
export type FirstResponse = 'done' | 'due' | 'overdue';

/** Fields shared by the list and the ticket page. */
export interface TicketSummary {
  number: number;
  type: TicketType;
  status: TicketStatus;
  statusKind: StatusKind;
  needsAction: boolean;
  waitingOn: string;
  subject: string;
  source: string;
  amountCents: number | null;
  unreadCount: number;
  ageColour: AgeColour;
  firstResponse: FirstResponse;
  firstResponseDueAt: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One row of `GET /tickets`. */
export interface TicketListItem extends TicketSummary {
  descriptionExcerpt: string;
  property: { id: string; name: string };
  unitReference: string | null;
  contractors: string[];
  assignee: { id: string; name: string } | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ReminderDelay {
  every: number;
  unit: 'days' | 'hours';
  max: number;
}

export interface Reminders {
  workOrder: ReminderDelay;
  quote: ReminderDelay;
  invoice: ReminderDelay;
  appointmentHours: number;
}

export interface Dispatch {
  id: string;
  contractorId: string | null;
  contractorName: string;
  emails: string[];
  phones: string[];
  channels: string[];
  instructions: string | null;
  kind: 'work_order' | 'quote';
  state: string;
  status: TicketStatus | null;
  stateChangedAt: string;
  appointment: { startsAt: string; durationMinutes: number | null } | null;
  refusalReason: string | null;
  quote: { amountCents: number; validUntil: string | null; confirmedAt: string | null } | null;
  invoiceAmountCents: number | null;
  completion: { at: string; comment: string | null } | null;
  acknowledgedAt: string | null;
}

export interface Party {
  id: string;
  role: 'contact' | 'watcher' | 'approver' | 'council_informed';
  personId: string | null;
  name: string;
  emails: string[];
  phones: string[];
  channels: string[];
  comment: string | null;
  dispatchIds: string[];
  decision: string | null;
}

export interface TicketFile {
  id: string;
  kind: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  internal: boolean;
  dispatchId: string | null;
  createdAt: string;
  url: string;
}

export interface NextSteps {
  ticket: string[];
  dispatches: { dispatchId: string; actions: string[] }[];
}

/** `GET /tickets/{number}`: everything the ticket page shows. */
export interface Ticket extends TicketSummary {
  id: string;
  currency: string;
  closeReason: string | null;
  module: 'syndic' | 'gerance';
  property: { id: string; name: string; addressLine: string; postalCode: string; city: string };
  unit: { id: string; reference: string; floor: string | null } | null;
  assignee: { id: string; name: string } | null;
  createdBy: { id: string; name: string } | null;
  requester: { personId: string | null; name: string | null; email: string | null; phone: string | null } | null;
  unregisteredSender: boolean;
  requestedAt: string;
  description: string;
  originalDescription: string;
  category: { id: string; name: string } | null;
  categoryFields: Record<string, unknown>;
  silent: boolean;
  presenceCheck: boolean;
  notifyReminders: boolean;
  visibility: string;
  sendOwnerName: boolean;
  reminders: Reminders;
  lastHandledAt: string;
  timeSpentSeconds: number;
  dispatches: Dispatch[];
  contactPerson: Party | null;
  watchers: Party[];
  approvers: Party[];
  councilInformed: Party[];
  documents: TicketFile[];
  nextSteps: NextSteps;
}

/** One event of `GET /tickets/{number}/events`. */
export interface TicketEvent {
  id: string;
  seq: number;
  type: string;
  actorType: string;
  actorName: string;
  actorUserId: string | null;
  channel: string;
  direction: 'in' | 'out';
  internal: boolean;
  dispatchId: string | null;
  partyId: string | null;
  payload: Record<string, unknown> | null;
  createdAt: string;
  attachments: TicketFile[];
}

/** Which party the history is narrowed to ("show only this party"). */
export type PartyFilter = { dispatchId: string } | { partyId: string } | null;
