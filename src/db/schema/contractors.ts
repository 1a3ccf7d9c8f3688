// Contractors the agency dispatches, with their trades and several emails and phones.
import { pgTable, uuid, text, timestamp, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import type { Channel, Language, Trade } from '../../domain/master-data.ts';

export const contractors = pgTable(
  'contractors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    trades: text('trades').array().$type<Trade[]>().notNull().default(sql`'{}'::text[]`),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    preferredChannels: text('preferred_channels').array().$type<Channel[]>().notNull().default(sql`'{email}'::text[]`),
    language: text('language').$type<Language>().notNull().default('fr'),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contractors_org_name_idx').on(t.organizationId, t.name, t.id),
    uniqueIndex('contractors_org_ref_key').on(t.organizationId, t.externalRef).where(sql`${t.externalRef} is not null`),
  ],
);
