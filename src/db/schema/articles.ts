// Info articles (DOMAIN.md §15): rich text for an audience, draft / published / archived, shown
// from a set time, in a language; their files (in the file store) and the views that count each
// person once.
import { pgTable, uuid, text, timestamp, jsonb, integer, bigint, index, primaryKey, customType } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { persons } from './persons.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { ArticleState } from '../../domain/community/articles.ts';
import type { Language } from '../../domain/master-data.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    /** Sanitized HTML (src/tickets/sanitize.ts, with images of the article's files). */
    body: text('body').notNull().default(''),
    category: text('category'),
    audience: jsonb('audience').$type<Audience>().notNull(),
    state: text('state').$type<ArticleState>().notNull().default('draft'),
    /** Shown to residents from this time on (published articles only); set when published. */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    language: text('language').$type<Language>().notNull().default('fr'),
    /** French words of title, category and body, accents folded (domain/search-text.ts). */
    search: tsvector('search'),
    viewCount: integer('view_count').notNull().default(0),
    createdById: uuid('created_by_id').references(() => users.id),
    updatedById: uuid('updated_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('articles_org_updated_idx').on(t.organizationId, t.updatedAt, t.id), index('articles_search_idx').using('gin', t.search)],
);

export const articleFiles = pgTable(
  'article_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    articleId: uuid('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('article_files_article_idx').on(t.articleId)],
);

/** One row per person who opened a published article in the portal: the count counts each once. */
export const articleViews = pgTable(
  'article_views',
  {
    articleId: uuid('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => persons.id),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId] })],
);
