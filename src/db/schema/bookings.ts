// Bookings of shared rooms (DOMAIN.md §15): bookable resources per property with their rules
// (domain/bookings/resource-rules.ts) and photos, the links of resources that block each other,
// closed periods, the bookings, and their locks — one per lock key (domain/bookings/lock-keys.ts)
// on the time the booking holds; an exclusion constraint (migration 0017) refuses two locks of one
// key on overlapping times, so two bookings never share a slot, whatever the load.
import { pgTable, uuid, text, timestamp, jsonb, bigint, boolean, index, uniqueIndex, customType, primaryKey } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { persons } from './persons.ts';
import { properties } from './properties.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { ResourceKind, ResourceRules } from '../../domain/bookings/resource-rules.ts';
import type { BookingState } from '../../domain/bookings/booking-states.ts';

const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const bookableResources = pgTable(
  'bookable_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    propertyId: uuid('property_id').notNull().references(() => properties.id),
    name: text('name').notNull(),
    kind: text('kind').$type<ResourceKind>().notNull(),
    description: text('description').notNull().default(''),
    rules: jsonb('rules').$type<Partial<ResourceRules>>().notNull().default({}),
    /** Who may book, within the property; null: every resident of the property. */
    audience: jsonb('audience').$type<Audience>(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('bookable_resources_org_property_idx').on(t.organizationId, t.propertyId)],
);

export const resourcePhotos = pgTable(
  'resource_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    resourceId: uuid('resource_id').notNull().references(() => bookableResources.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('resource_photos_resource_idx').on(t.resourceId)],
);

/** Two resources that block each other (a hall and one of its halves): its id is a lock key of both. */
export const resourceLinks = pgTable(
  'resource_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    resourceId: uuid('resource_id').notNull().references(() => bookableResources.id, { onDelete: 'cascade' }),
    blocksResourceId: uuid('blocks_resource_id').notNull().references(() => bookableResources.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('resource_links_pair_key').on(t.resourceId, t.blocksResourceId), index('resource_links_blocks_idx').on(t.blocksResourceId)],
);

export const resourceClosures = pgTable(
  'resource_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    resourceId: uuid('resource_id').notNull().references(() => bookableResources.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('resource_closures_resource_idx').on(t.resourceId, t.startsAt)],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    resourceId: uuid('resource_id').notNull().references(() => bookableResources.id),
    /** The resident the booking is for. */
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** A manager who booked for the resident. */
    bookedByUserId: uuid('booked_by_user_id').references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    state: text('state').$type<BookingState>().notNull(),
    note: text('note'),
    /** A refusal's or a cancellation's reason, said to the resident. */
    reason: text('reason'),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('bookings_resource_starts_idx').on(t.resourceId, t.startsAt),
    index('bookings_person_idx').on(t.personId, t.startsAt),
    index('bookings_org_starts_idx').on(t.organizationId, t.startsAt),
  ],
);

/** The locks of a pending or confirmed booking: deleted when it is refused or cancelled. */
export const bookingLocks = pgTable(
  'booking_locks',
  {
    bookingId: uuid('booking_id').notNull().references(() => bookings.id, { onDelete: 'cascade' }),
    lockKey: uuid('lock_key').notNull(),
    /** [start, end + the resource's buffer) */
    during: tstzrange('during').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.lockKey] })],
);
