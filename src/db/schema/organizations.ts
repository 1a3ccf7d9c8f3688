// Agencies: every other row belongs to exactly one of them.
import { pgTable, uuid, text, timestamp, jsonb } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  currency: text('currency').notNull().default('EUR'),
  locale: text('locale').notNull().default('fr-FR'),
  timezone: text('timezone').notNull().default('Europe/Paris'),
  /** The shared secret of the HTTP inbound door (Bearer): random, shown to app admins, rotated by them. */
  inboundSecret: text('inbound_secret'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
