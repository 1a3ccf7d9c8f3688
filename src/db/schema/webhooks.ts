// Outgoing webhooks (DOMAIN.md §16): the agency's endpoints, the deliveries written with each
// change (the outbox of integrations) and every try with the receiver's answer.
import { pgTable, uuid, text, timestamp, integer, jsonb, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import type { WebhookEventType } from '../../domain/webhooks/webhook-events.ts';
import type { WebhookDeliveryState } from '../../domain/webhooks/delivery-rules.ts';

export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: jsonb('event_types').$type<WebhookEventType[]>().notNull(),
    /** The signing secret, AES-256-GCM sealed with a key derived from GARDIEN_SECRET; shown once. */
    secretSealed: text('secret_sealed').notNull(),
    /** Its last four characters, so an admin can tell which secret a receiver holds. */
    secretHint: text('secret_hint').notNull(),
    active: boolean('active').notNull().default(true),
    /** Why it is off: `admin` (switched off by hand) or `failures` (too many failed tries in a row). */
    disabledReason: text('disabled_reason').$type<'admin' | 'failures'>(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Failed tries in a row, any delivery; a success resets it. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** When the failed tries in a row began (null while it works): a short outage is not a dead receiver. */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhooks_org_idx').on(t.organizationId)],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    webhookId: uuid('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    /** The event's id as receivers see it (`id` of the body): the same for a replay. */
    eventId: uuid('event_id').notNull(),
    /** The body sent, as it was when the change committed. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    state: text('state').$type<WebhookDeliveryState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** Queued: when the next try may start. Sending: when the worker's lease ends. */
    availableAt: timestamp('available_at', { withTimezone: true }).notNull(),
    claimedBy: uuid('claimed_by'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    /** The delivery this one replays (sent again by an admin). */
    replayOf: uuid('replay_of'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_hook_idx').on(t.webhookId, t.createdAt, t.id),
    // One delivery per webhook and event (a replay is a new row naming the first).
    uniqueIndex('webhook_deliveries_event_key').on(t.webhookId, t.eventId).where(sql`${t.replayOf} is null`),
    // The claim reads each active webhook's due rows, so a switched-off one's waiting rows cost nothing.
    index('webhook_deliveries_hook_queued_idx').on(t.webhookId, t.availableAt).where(sql`${t.state} = 'queued'`),
    index('webhook_deliveries_sending_idx').on(t.availableAt).where(sql`${t.state} = 'sending'`),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id').notNull().references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    /** The receiver's HTTP status; null when none came (refused address, timeout, connection). */
    responseStatus: integer('response_status'),
    /** The first WEBHOOK_RULES.keptResponseBytes of its answer. */
    responseBody: text('response_body'),
    /** Why the try failed without a status, in a stable code (timeout, address_not_allowed, …) and words. */
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);
