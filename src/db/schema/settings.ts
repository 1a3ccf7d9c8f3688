// Per-agency configuration of tickets: categories (with structured fields) and routing rules.
import { pgTable, uuid, text, timestamp, boolean, integer, jsonb, index } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { properties } from './properties.ts';
import type { Source } from '../../domain/tickets/codes.ts';

/** One structured field of a category (what the portal's form asks). */
export interface CategoryField {
  key: string;
  label: { fr: string; en: string };
  type: 'text' | 'number' | 'boolean' | 'date' | 'select';
  required: boolean;
  options?: string[];
}

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    fields: jsonb('fields').$type<CategoryField[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('categories_org_name_idx').on(t.organizationId, t.name, t.id)],
);

export const routingRules = pgTable(
  'routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    propertyId: uuid('property_id').references(() => properties.id),
    categoryId: uuid('category_id').references(() => categories.id),
    source: text('source').$type<Source>(),
    assigneeId: uuid('assignee_id').notNull().references(() => users.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('routing_rules_org_name_idx').on(t.organizationId, t.name, t.id)],
);
