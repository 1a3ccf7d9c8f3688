// Properties (co-ownerships and buildings) and their units.
import { pgTable, uuid, text, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import type { Module, PropertyKind } from '../../domain/master-data.ts';

export const properties = pgTable(
  'properties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    kind: text('kind').$type<PropertyKind>().notNull(),
    module: text('module').$type<Module>().notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull().default('FR'),
    managerId: uuid('manager_id').references(() => users.id),
    assistantId: uuid('assistant_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('properties_org_name_idx').on(t.organizationId, t.name, t.id),
    uniqueIndex('properties_org_ref_key').on(t.organizationId, t.externalRef).where(sql`${t.externalRef} is not null`),
  ],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    propertyId: uuid('property_id').notNull().references(() => properties.id),
    reference: text('reference').notNull(),
    floor: text('floor'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A unit's reference is unique within its property; it is how CSV rows find it again.
    uniqueIndex('units_property_ref_key').on(t.propertyId, t.reference),
    index('units_org_ref_idx').on(t.organizationId, t.reference, t.id),
  ],
);
