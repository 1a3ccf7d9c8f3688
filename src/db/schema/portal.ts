// The residents' portal (DOMAIN.md §13): residents' accounts (one per person), their server-side
// sessions (a cookie of their own), the single-use or permanent secrets that let them in
// (invitations, sign-in links, password resets, letter codes, unit codes — only hashes stored),
// the feedback a requester gives on a resolved ticket, and when a resident last opened a ticket.
import { pgTable, uuid, text, timestamp, integer, index, uniqueIndex, jsonb, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { persons } from './persons.ts';
import { properties, units } from './properties.ts';
import { tickets } from './tickets.ts';
import type { Language } from '../../domain/master-data.ts';
import type { FeedbackRating, PortalTokenPurpose, ResidentPreferences } from '../../domain/portal/portal-codes.ts';

export const portalAccounts = pgTable(
  'portal_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** The sign-in address (one of the person's emails), unique within the agency. */
    email: text('email').notNull(),
    /** Null for an account that signs in by one-time links only. */
    passwordHash: text('password_hash'),
    language: text('language').$type<Language>().notNull().default('fr'),
    /** What the resident wants to hear about, and how (resident-preferences). */
    preferences: jsonb('preferences').$type<ResidentPreferences>().notNull().default({}),
    /** Set by staff ("Désactiver"): no sign-in, sessions revoked. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('portal_accounts_person_key').on(t.personId),
    uniqueIndex('portal_accounts_org_email_key').on(t.organizationId, sql`lower(${t.email})`),
    index('portal_accounts_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const portalSessions = pgTable(
  'portal_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** The resident's account; for a staff preview, the person previewed has none necessarily. */
    accountId: uuid('account_id').references(() => portalAccounts.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** A staff member previewing the portal as this person: read-only, logged. */
    previewByUserId: uuid('preview_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('portal_sessions_person_idx').on(t.personId)],
);

export const portalTokens = pgTable(
  'portal_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    purpose: text('purpose').$type<PortalTokenPurpose>().notNull(),
    /** SHA-256 of the secret (a link's 256 bits, or a letter's / unit's code normalised). */
    secretHash: text('secret_hash').notNull().unique(),
    personId: uuid('person_id').references(() => persons.id),
    accountId: uuid('account_id').references(() => portalAccounts.id),
    /** Letter and unit codes: the unit they open. */
    unitId: uuid('unit_id').references(() => units.id),
    propertyId: uuid('property_id').references(() => properties.id),
    /** Null for a permanent unit code. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('portal_tokens_person_idx').on(t.personId, t.purpose),
    index('portal_tokens_unit_idx').on(t.unitId, t.purpose),
  ],
);

export const ticketFeedback = pgTable(
  'ticket_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    personId: uuid('person_id').references(() => persons.id),
    rating: text('rating').$type<FeedbackRating>().notNull(),
    reason: text('reason'),
    comment: text('comment'),
    /** The ticket's event that recorded it. */
    eventId: uuid('event_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('ticket_feedback_ticket_key').on(t.ticketId), index('ticket_feedback_org_created_idx').on(t.organizationId, t.createdAt)],
);

/** When a resident last opened a ticket in the portal (not in a staff preview): the agency's
 * messages after it are unread for them. */
export const portalTicketReads = pgTable(
  'portal_ticket_reads',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.ticketId] })],
);
