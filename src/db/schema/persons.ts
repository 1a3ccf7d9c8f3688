// People of the agency's buildings (residents, owners, council) and their relations over time.
import { pgTable, uuid, text, timestamp, date, bigint, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { properties, units } from './properties.ts';
import type { Language, PortalStatus, RelationKind } from '../../domain/master-data.ts';

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    language: text('language').$type<Language>().notNull().default('fr'),
    portalStatus: text('portal_status').$type<PortalStatus>().notNull().default('none'),
    /** An owner's mandate (gérance): works above this amount need the owner's approval. */
    mandateThresholdCents: bigint('mandate_threshold_cents', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_org_name_idx').on(t.organizationId, t.name, t.id),
    uniqueIndex('persons_org_ref_key').on(t.organizationId, t.externalRef).where(sql`${t.externalRef} is not null`),
  ],
);

export const personRelations = pgTable(
  'person_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    kind: text('kind').$type<RelationKind>().notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    propertyId: uuid('property_id').notNull().references(() => properties.id),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_relations_person_idx').on(t.personId),
    index('person_relations_unit_idx').on(t.unitId),
    index('person_relations_property_idx').on(t.propertyId),
  ],
);
