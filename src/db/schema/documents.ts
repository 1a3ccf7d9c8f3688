// Documents (DOMAIN.md §15): folders of the agency, a property, a unit, a tenancy or ownership
// period (a person's relation to a unit) or a person, each with an audience its documents take
// unless they have their own; the documents' bytes are in the file store. New documents wait for
// the daily digest email (digestedAt); every download is logged.
import { pgTable, uuid, text, timestamp, jsonb, bigint, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { persons, personRelations } from './persons.ts';
import { properties, units } from './properties.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { FolderScope } from '../../domain/community/documents.ts';

export const documentFolders = pgTable(
  'document_folders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    scope: text('scope').$type<FolderScope>().notNull(),
    propertyId: uuid('property_id').references(() => properties.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** A tenancy or ownership period: the person's relation to the unit. */
    relationId: uuid('relation_id').references(() => personRelations.id),
    personId: uuid('person_id').references(() => persons.id),
    /** Who sees the folder's documents; null: staff only, or the scope's person for a tenancy,
     * an ownership period or a person. */
    audience: jsonb('audience').$type<Audience>(),
    /** A section of a co-ownership's legal online space (décret 2019-502), or null. */
    legalSection: text('legal_section'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('document_folders_org_scope_idx').on(t.organizationId, t.scope, t.propertyId),
    index('document_folders_parent_idx').on(t.parentId),
  ],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    folderId: uuid('folder_id').notNull().references(() => documentFolders.id),
    title: text('title').notNull(),
    /** A document type (domain/community/documents.ts), the legal ones included. */
    documentType: text('document_type').notNull(),
    /** Its own audience over the folder's; null: the folder's. */
    audience: jsonb('audience').$type<Audience>(),
    /** For one owner alone (an individual account, a call for funds). */
    personId: uuid('person_id').references(() => persons.id),
    /** The day the document is of (a general assembly, a year's charges), for the legal space. */
    documentDate: text('document_date'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    /** When the daily digest told its audience about it; null: not yet. */
    digestedAt: timestamp('digested_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('documents_folder_idx').on(t.folderId, t.createdAt),
    index('documents_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('documents_digest_idx').on(t.organizationId).where(sql`${t.digestedAt} is null`),
  ],
);

/** Every download of a document, by a resident or a staff member. */
export const documentDownloads = pgTable(
  'document_downloads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id),
    userId: uuid('user_id').references(() => users.id),
    downloadedAt: timestamp('downloaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('document_downloads_document_idx').on(t.documentId, t.downloadedAt)],
);
