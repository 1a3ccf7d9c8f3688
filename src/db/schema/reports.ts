// Reports and insights (DOMAIN.md §14, §12): the reports per building a manager made (kept in a
// list, their figures frozen as computed), and the keys the server signs closing dossiers with.
import { pgTable, uuid, text, timestamp, date, jsonb, index, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { properties, units } from './properties.ts';
import type { ReportItem } from '../../domain/reports/report-codes.ts';
import type { Language } from '../../domain/master-data.ts';

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    createdById: uuid('created_by_id').references(() => users.id),
    /** A property, or one of its units (then propertyId is the unit's property). */
    propertyId: uuid('property_id').notNull().references(() => properties.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** The period, both days included, in the agency's calendar. */
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    items: text('items').array().$type<ReportItem[]>().notNull(),
    language: text('language').$type<Language>().notNull().default('fr'),
    /** The figures as computed when the report was made (a report does not change afterwards). */
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reports_org_created_idx').on(t.organizationId, t.createdAt)],
);

/** The server's Ed25519 keys that sign closing dossiers' manifests. One is active; older ones
 * stay so that dossiers signed before a rotation still verify. */
export const dossierKeys = pgTable(
  'dossier_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SPKI PEM; its SHA-256 (hex) is the key's fingerprint, printed in the dossier. */
    publicKey: text('public_key').notNull(),
    /** PKCS#8 PEM. */
    privateKey: text('private_key').notNull(),
    fingerprint: text('fingerprint').notNull().unique(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
);
