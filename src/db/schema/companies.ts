// Tenant companies (DOMAIN.md §15): commercial tenants and their employees (persons); a company
// admin sees and files the company's requests and invites colleagues.
import { pgTable, uuid, text, timestamp, boolean, index, primaryKey } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';
import { persons } from './persons.ts';
import { properties, units } from './properties.ts';

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    /** Its premises: the property (and unit) it rents. Its employees are occupants there — a
     * tenant's relation while they are members (db/repositories/portal-tickets.ts). */
    propertyId: uuid('property_id').references(() => properties.id),
    unitId: uuid('unit_id').references(() => units.id),
    registrationNumber: text('registration_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('companies_org_name_idx').on(t.organizationId, t.name, t.id)],
);

export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => persons.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    isAdmin: boolean('is_admin').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.personId] }), index('company_members_person_idx').on(t.personId)],
);
