// Tickets, their dispatches (one per contractor), their other parties, their history (events)
// and the per-agency counter that numbers them.
import { type AnyPgColumn, pgTable, uuid, text, timestamp, boolean, integer, bigint, jsonb, date, index, uniqueIndex, customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { properties, units } from './properties.ts';
import { persons } from './persons.ts';
import { companies } from './companies.ts';
import { contractors } from './contractors.ts';
import { categories } from './settings.ts';
import type { ReminderDelays } from '../../domain/settings.ts';
import type { DispatchKind, DispatchState, EventChannel, PartyRole, Source, TicketStatus, TicketType, Visibility, WaitingOn } from '../../domain/tickets/codes.ts';
import type { Channel, Language, Module } from '../../domain/master-data.ts';
import type { EventType } from '../../domain/tickets/events.ts';
import type { RequestKind } from '../../domain/automation/request-rules.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const ticketCounters = pgTable('ticket_counters', {
  organizationId: uuid('organization_id').primaryKey().references(() => organizations.id),
  lastNumber: integer('last_number').notNull().default(0),
});

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    number: integer('number').notNull(),
    type: text('type').$type<TicketType>().notNull(),
    // Derived from type and dispatches by src/domain (ticket-status.ts), stored for the list.
    status: text('status').$type<TicketStatus>().notNull(),
    waitingOn: text('waiting_on').$type<WaitingOn>().notNull(),
    needsAction: boolean('needs_action').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
    // Null only for a pending request whose place is not known yet (mail from an unknown sender).
    module: text('module').$type<Module>(),
    propertyId: uuid('property_id').references(() => properties.id),
    unitId: uuid('unit_id').references(() => units.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    createdById: uuid('created_by_id').references(() => users.id),
    requesterPersonId: uuid('requester_person_id').references(() => persons.id),
    /** The tenant company the request is for (its employee filed it, or staff set it). */
    companyId: uuid('company_id').references(() => companies.id),
    requesterName: text('requester_name'),
    requesterEmail: text('requester_email'),
    requesterPhone: text('requester_phone'),
    unregisteredSender: boolean('unregistered_sender').notNull().default(false),
    source: text('source').$type<Source>().notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    originalDescription: text('original_description').notNull().default(''),
    categoryId: uuid('category_id').references(() => categories.id),
    categoryFields: jsonb('category_fields').$type<Record<string, unknown>>().notNull().default({}),
    amountCents: bigint('amount_cents', { mode: 'number' }),
    silent: boolean('silent').notNull().default(false),
    presenceCheck: boolean('presence_check').notNull().default(false),
    notifyReminders: boolean('notify_reminders').notNull().default(false),
    visibility: text('visibility').$type<Visibility>().notNull().default('requester'),
    sendOwnerName: boolean('send_owner_name').notNull().default(false),
    reminders: jsonb('reminders').$type<ReminderDelays>().notNull(),
    unreadCount: integer('unread_count').notNull().default(0),
    lastHandledAt: timestamp('last_handled_at', { withTimezone: true }).notNull(),
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    timeSpentSeconds: integer('time_spent_seconds').notNull().default(0),
    /** When the ticket was resolved (marked by the manager, or its work done and invoiced): the
     * requester is asked for feedback once; null again if it is reopened by a new step. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** When a resolved ticket without feedback closes on its own (the agency's auto close). */
    autoCloseAt: timestamp('auto_close_at', { withTimezone: true }),
    /** A resident's request from the portal: when they are at home (their words), and whether the
     * contractor may enter in their absence (null: not said). Shown to the manager on the ticket. */
    availability: text('availability'),
    entryAllowed: boolean('entry_allowed'),
    /** A duplicate report of an outage: the incident (another ticket) it was linked to (DOMAIN
     * §12). Set when the manager links it; cleared when the link is undone. */
    incidentId: uuid('incident_id').references((): AnyPgColumn => tickets.id),
    /** On an incident: how many tickets are linked to it (shown in the list), kept by the same
     * change that links or unlinks. */
    incidentReportCount: integer('incident_report_count').notNull().default(0),
    search: tsvector('search'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('tickets_org_number_key').on(t.organizationId, t.number),
    // Ascending on purpose: PostgreSQL scans it backwards for "newest first".
    index('tickets_org_updated_idx').on(t.organizationId, t.updatedAt, t.id),
    index('tickets_org_assignee_updated_idx').on(t.organizationId, t.assigneeId, t.updatedAt, t.id),
    index('tickets_org_open_updated_idx').on(t.organizationId, t.updatedAt, t.id).where(sql`${t.closedAt} is null`),
    // The list filtered by property, newest first (bench/README.md: 260 ms without it).
    index('tickets_org_property_updated_idx').on(t.organizationId, t.propertyId, t.updatedAt, t.id),
    index('tickets_search_idx').using('gin', t.search),
    // The residents' portal: a requester's tickets; the automation's auto close.
    index('tickets_org_requester_idx').on(t.organizationId, t.requesterPersonId),
    index('tickets_auto_close_idx').on(t.autoCloseAt).where(sql`${t.autoCloseAt} is not null`),
    // An incident's reports; the reports per building over closed tickets of a property.
    index('tickets_incident_idx').on(t.incidentId).where(sql`${t.incidentId} is not null`),
    index('tickets_org_property_closed_idx').on(t.organizationId, t.propertyId, t.closedAt).where(sql`${t.closedAt} is not null`),
    // The activity (src/db/repositories/activity.ts): tickets created in a period, duplicates of an
    // incident left out, read from the index alone (every column its figures and filters use).
    index('tickets_org_created_activity_idx')
      .on(t.organizationId, t.createdAt, t.status, t.source, t.type, t.categoryId, t.propertyId, t.assigneeId, t.requestedAt, t.firstRespondedAt, t.firstResponseDueAt, t.resolvedAt, t.closedAt, t.id)
      .where(sql`${t.incidentId} is null`),
  ],
);

export const dispatches = pgTable(
  'dispatches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    position: integer('position').notNull(),
    contractorId: uuid('contractor_id').references(() => contractors.id),
    contractorName: text('contractor_name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    channels: text('channels').array().$type<Channel[]>().notNull().default(sql`'{email}'::text[]`),
    language: text('language').$type<Language>().notNull().default('fr'),
    instructions: text('instructions').notNull().default(''),
    kind: text('kind').$type<DispatchKind>().notNull(),
    state: text('state').$type<DispatchState>().notNull(),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    appointmentStartsAt: timestamp('appointment_starts_at', { withTimezone: true }),
    appointmentDurationMinutes: integer('appointment_duration_minutes'),
    refusalReason: text('refusal_reason'),
    quoteAmountCents: bigint('quote_amount_cents', { mode: 'number' }),
    quoteValidUntil: date('quote_valid_until'),
    quoteConfirmedAt: timestamp('quote_confirmed_at', { withTimezone: true }),
    completionComment: text('completion_comment'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    invoiceAmountCents: bigint('invoice_amount_cents', { mode: 'number' }),
    remindersSent: integer('reminders_sent').notNull().default(0),
    /** Reminders count from here: the last step, or the end of silent mode. */
    reminderBaseAt: timestamp('reminder_base_at', { withTimezone: true }).notNull().defaultNow(),
    /** The appointment time already reminded / asked a check-in for / asked completion of. */
    appointmentRemindedFor: timestamp('appointment_reminded_for', { withTimezone: true }),
    checkInRequestedFor: timestamp('check_in_requested_for', { withTimezone: true }),
    completionRequestedFor: timestamp('completion_requested_for', { withTimezone: true }),
    /** The automation's schedule (src/domain/automation/schedule.ts), written by every change. */
    nextReminderAt: timestamp('next_reminder_at', { withTimezone: true }),
    nextRequestAt: timestamp('next_request_at', { withTimezone: true }),
    nextRequestKind: text('next_request_kind').$type<RequestKind>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('dispatches_ticket_idx').on(t.ticketId, t.position),
    index('dispatches_org_contractor_idx').on(t.organizationId, t.contractorId),
    // The automation's sweep: only dispatches with something scheduled are in these indexes.
    index('dispatches_next_reminder_idx').on(t.nextReminderAt).where(sql`next_reminder_at is not null`),
    index('dispatches_next_request_idx').on(t.nextRequestAt).where(sql`next_request_at is not null`),
  ],
);

export const ticketParties = pgTable(
  'ticket_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    role: text('role').$type<PartyRole>().notNull(),
    personId: uuid('person_id').references(() => persons.id),
    name: text('name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    channels: text('channels').array().$type<Channel[]>().notNull().default(sql`'{}'::text[]`),
    language: text('language').$type<Language>().notNull().default('fr'),
    comment: text('comment'),
    /** For an approver: the dispatches whose quotes they decide on. */
    dispatchIds: uuid('dispatch_ids').array().notNull().default(sql`'{}'::uuid[]`),
    decision: text('decision'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_parties_ticket_idx').on(t.ticketId)],
);

export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    seq: integer('seq').notNull(),
    type: text('type').$type<EventType>().notNull(),
    actorType: text('actor_type').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    dispatchId: uuid('dispatch_id').references(() => dispatches.id),
    partyId: uuid('party_id').references(() => ticketParties.id),
    channel: text('channel').$type<EventChannel>().notNull(),
    /** `in`: received from a party (or entered on its behalf); `out`: the manager's own doing. */
    direction: text('direction').notNull(),
    internal: boolean('internal').notNull().default(false),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('ticket_events_ticket_seq_key').on(t.ticketId, t.seq)],
);

export const ticketTime = pgTable(
  'ticket_time',
  {
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    lastBeatAt: timestamp('last_beat_at', { withTimezone: true }),
    seconds: integer('seconds').notNull().default(0),
  },
  (t) => [uniqueIndex('ticket_time_key').on(t.ticketId, t.userId)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    eventId: uuid('event_id').references(() => ticketEvents.id),
    dispatchId: uuid('dispatch_id').references(() => dispatches.id),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    internal: boolean('internal').notNull().default(false),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('attachments_ticket_idx').on(t.ticketId)],
);
