// The news wall (DOMAIN.md §15): posts by managers (info or urgent, for an audience, now or from
// a set time) and by residents on their building's wall; their files (in the file store),
// comments, likes (one per person), reports (one per person and item) and the residents a
// manager stopped from posting.
import { pgTable, uuid, text, timestamp, jsonb, integer, bigint, boolean, index, primaryKey, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';
import { persons } from './persons.ts';
import { properties } from './properties.ts';
import { tickets } from './tickets.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { NewsKind } from '../../domain/community/news.ts';

export const newsPosts = pgTable(
  'news_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    kind: text('kind').$type<NewsKind>().notNull().default('info'),
    title: text('title').notNull(),
    /** Sanitized HTML (src/tickets/sanitize.ts). */
    body: text('body').notNull().default(''),
    audience: jsonb('audience').$type<Audience>().notNull(),
    /** A manager's post; or a resident's (authorPersonId) on the wall of their building (propertyId). */
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorPersonId: uuid('author_person_id').references(() => persons.id),
    propertyId: uuid('property_id').references(() => properties.id),
    /** A ticket or incident whose updates this post carries. */
    ticketId: uuid('ticket_id').references(() => tickets.id),
    /** Shown from this time on; null: a draft not yet published. */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    /** An urgent post is pinned until then; any post leaves the wall then (null: stays). */
    endsAt: timestamp('ends_at', { withTimezone: true }),
    commentsAllowed: boolean('comments_allowed').notNull().default(true),
    likesAllowed: boolean('likes_allowed').notNull().default(true),
    /** When the urgent post's emails and SMS were written to the outbox (once). */
    fannedOutAt: timestamp('fanned_out_at', { withTimezone: true }),
    reportCount: integer('report_count').notNull().default(0),
    likeCount: integer('like_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    /** Hidden after N reports, until a manager looks (restores or removes). */
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: uuid('removed_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('news_posts_org_publish_idx').on(t.organizationId, t.publishAt, t.id),
    // Scheduled urgent posts whose fan-out is still to do (the automation pass looks here).
    index('news_posts_fan_out_idx').on(t.publishAt).where(sql`${t.kind} = 'urgent' and ${t.fannedOutAt} is null`),
    index('news_posts_ticket_idx').on(t.ticketId),
  ],
);

export const newsFiles = pgTable(
  'news_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    postId: uuid('post_id').notNull().references(() => newsPosts.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('news_files_post_idx').on(t.postId)],
);

export const newsComments = pgTable(
  'news_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    postId: uuid('post_id').notNull().references(() => newsPosts.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorPersonId: uuid('author_person_id').references(() => persons.id),
    body: text('body').notNull(),
    reportCount: integer('report_count').notNull().default(0),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: uuid('removed_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('news_comments_post_idx').on(t.postId, t.createdAt)],
);

export const newsLikes = pgTable(
  'news_likes',
  {
    postId: uuid('post_id').notNull().references(() => newsPosts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => persons.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId] })],
);

/** A resident reporting a post or one of its comments: once per person and item. */
export const newsReports = pgTable(
  'news_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    postId: uuid('post_id').notNull().references(() => newsPosts.id, { onDelete: 'cascade' }),
    commentId: uuid('comment_id').references(() => newsComments.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => persons.id),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('news_reports_post_person_key').on(t.postId, t.personId).where(sql`${t.commentId} is null`),
    uniqueIndex('news_reports_comment_person_key').on(t.commentId, t.personId).where(sql`${t.commentId} is not null`),
  ],
);

/** Residents a manager stopped from posting and commenting on the wall. */
export const newsPostingBans = pgTable(
  'news_posting_bans',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    reason: text('reason'),
    bannedById: uuid('banned_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.personId] })],
);
