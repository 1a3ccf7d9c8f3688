// What came in from outside (email, SMS, web form, inspection notes): every message is recorded
// as it came, with what Gardien made of it; and the addresses that bounced permanently.
import { pgTable, uuid, text, timestamp, integer, jsonb, index, uniqueIndex, customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { tickets } from './tickets.ts';
import { outboxMessages } from './messages.ts';
import type { InboundChannel, InboundDoor, InboundOutcome, InboundReport } from '../../domain/inbound/outcomes.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    channel: text('channel').$type<InboundChannel>().notNull(),
    door: text('door').$type<InboundDoor>().notNull(),
    /** The same message delivered twice has the same key (Message-ID or bytes, sender, mailbox). */
    dedupeKey: text('dedupe_key').notNull(),
    messageId: text('message_id'),
    fromAddress: text('from_address'),
    fromName: text('from_name'),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    subject: text('subject').notNull().default(''),
    outcome: text('outcome').$type<InboundOutcome>().notNull(),
    /** Why it was ignored or refused, or how it was matched (a stable code). */
    reason: text('reason'),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    eventId: uuid('event_id'),
    /** The raw message or payload, kept for download: in the row up to 1 MiB (it commits with the
     * record, no file to write and flush apart), else in the FileStore under this key. */
    raw: bytea('raw'),
    rawStorageKey: text('raw_storage_key'),
    rawSize: integer('raw_size').notNull().default(0),
    /** What was kept and what was refused (files, repairs). */
    report: jsonb('report').$type<InboundReport>().notNull().default({}),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('inbound_messages_org_dedupe_key').on(t.organizationId, t.dedupeKey),
    index('inbound_messages_org_received_idx').on(t.organizationId, t.receivedAt, t.id),
  ],
);

/** An email address that bounced permanently: said wherever it is shown, until it works again. */
export const failingAddresses = pgTable(
  'failing_addresses',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    address: text('address').notNull(),
    reason: text('reason').notNull(),
    outboxMessageId: uuid('outbox_message_id').references(() => outboxMessages.id),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('failing_addresses_org_address_key').on(t.organizationId, t.address)],
);
