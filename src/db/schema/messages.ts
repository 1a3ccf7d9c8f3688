// Outgoing messages (the outbox), templates edited by an agency, and the links (tokens) that let
// contractors and approvers answer without an account.
import { pgTable, uuid, text, timestamp, integer, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import type { Channel, Language } from '../../domain/master-data.ts';
import type { OutboxState } from '../../domain/messages/outbox-states.ts';
import { tickets, dispatches, ticketParties, ticketEvents } from './tickets.ts';

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    eventId: uuid('event_id').references(() => ticketEvents.id),
    dispatchId: uuid('dispatch_id').references(() => dispatches.id),
    partyId: uuid('party_id').references(() => ticketParties.id),
    /** Makes a message unique (e.g. the 2nd reminder of a dispatch): writing it twice fails. */
    dedupeKey: text('dedupe_key'),
    channel: text('channel').$type<Channel>().notNull(),
    template: text('template').notNull(),
    language: text('language').$type<Language>().notNull(),
    recipientName: text('recipient_name').notNull(),
    recipients: text('recipients').array().notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    html: text('html'),
    /** An .ics invitation sent with the email (appointments). */
    ics: text('ics'),
    /** Whether the text carries the party's personal link, minted when the message leaves. */
    withLink: text('with_link'),
    state: text('state').$type<OutboxState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    providerId: text('provider_id'),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Queued: when the next try may start (a retry's backoff). Sending: when the worker's lease ends. */
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    /** The worker process holding the lease while the message is being sent. */
    claimedBy: uuid('claimed_by'),
    /** Failed tries since the message was queued (or sent again from the outbox screen). */
    retries: integer('retries').notNull().default(0),
  },
  (t) => [
    index('outbox_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('outbox_ticket_idx').on(t.ticketId),
    uniqueIndex('outbox_dedupe_key').on(t.organizationId, t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
    // The delivery workers' queue (messages waiting to leave), and the leases of those being sent.
    index('outbox_queued_idx').on(t.availableAt).where(sql`${t.state} = 'queued'`),
    index('outbox_sending_idx').on(t.availableAt).where(sql`${t.state} = 'sending'`),
  ],
);

export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    key: text('key').notNull(),
    channel: text('channel').notNull(),
    language: text('language').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('message_templates_key').on(t.organizationId, t.key, t.channel, t.language)],
);

export const exchangeTokens = pgTable(
  'exchange_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    dispatchId: uuid('dispatch_id').references(() => dispatches.id),
    partyId: uuid('party_id').references(() => ticketParties.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('exchange_tokens_dispatch_idx').on(t.dispatchId), index('exchange_tokens_party_idx').on(t.partyId), index('exchange_tokens_ticket_idx').on(t.ticketId)],
);
