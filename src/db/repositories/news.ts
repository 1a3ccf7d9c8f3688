// SQL of the news wall's posts and their files: every query inside one organization. The
// residents' wall and post page go through the audience rule (audience-sql.ts) and the post's
// times, evaluated when they look. Comments, likes, reports and bans: news-reactions.ts; the
// urgent fan-out's queries: news-fan-out.ts.
import { and, desc, eq, gt, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { newsComments, newsFiles, newsLikes, newsPosts, persons, portalAccounts, tickets } from '../schema/index.ts';
import { decodeCursor, pageOf, type Page } from '../pagination.ts';
import { audienceCondition } from './audience-sql.ts';
import type { ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import type { ResidentPreferences } from '../../domain/portal/portal-codes.ts';

export type NewsPostRow = typeof newsPosts.$inferSelect;
export type NewsFileRow = typeof newsFiles.$inferSelect;
export type NewsCommentRow = typeof newsComments.$inferSelect;
export type NewNewsFile = typeof newsFiles.$inferInsert;

/** A post with what its readers see of its authors: the resident's name and choice, the ticket's number. */
export interface PostWithAuthor extends NewsPostRow {
  authorName: string | null;
  authorPreferences: ResidentPreferences | null;
  ticketNumber: number | null;
}

const withAuthor = {
  post: newsPosts,
  authorName: persons.name,
  authorPreferences: portalAccounts.preferences,
  ticketNumber: tickets.number,
};

function flatten(row: { post: NewsPostRow; authorName: string | null; authorPreferences: ResidentPreferences | null; ticketNumber: number | null }): PostWithAuthor {
  return { ...row.post, authorName: row.authorName, authorPreferences: row.authorPreferences, ticketNumber: row.ticketNumber };
}

function selectPosts(db: Db) {
  return db.select(withAuthor).from(newsPosts)
    .leftJoin(persons, eq(persons.id, newsPosts.authorPersonId))
    .leftJoin(portalAccounts, eq(portalAccounts.personId, newsPosts.authorPersonId))
    .leftJoin(tickets, eq(tickets.id, newsPosts.ticketId));
}

export async function insertPost(db: Db, row: typeof newsPosts.$inferInsert): Promise<NewsPostRow> {
  const [written] = await db.insert(newsPosts).values(row).returning();
  return written!;
}

export async function updatePost(db: Db, organizationId: string, id: string, patch: Partial<typeof newsPosts.$inferInsert>): Promise<NewsPostRow | undefined> {
  const [written] = await db.update(newsPosts).set(patch).where(and(eq(newsPosts.organizationId, organizationId), eq(newsPosts.id, id))).returning();
  return written;
}

export async function findPost(db: Db, organizationId: string, id: string): Promise<PostWithAuthor | undefined> {
  const [row] = await selectPosts(db).where(and(eq(newsPosts.organizationId, organizationId), eq(newsPosts.id, id))).limit(1);
  return row ? flatten(row) : undefined;
}

/** The post locked for a change (a publication and its fan-out, a report's count). */
export async function lockPost(db: Db, organizationId: string, id: string): Promise<NewsPostRow | undefined> {
  const [row] = await db.select().from(newsPosts).where(and(eq(newsPosts.organizationId, organizationId), eq(newsPosts.id, id))).for('update').limit(1);
  return row;
}

export async function deletePost(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(newsPosts).where(and(eq(newsPosts.organizationId, organizationId), eq(newsPosts.id, id)));
}

/** A page of the agency's posts, newest first; `ticketId`: those of one ticket; `moderation`:
 * those reported or hidden, and those with a reported comment. */
export async function listPosts(db: Db, organizationId: string, options: { limit: number; cursor?: string; ticketId?: string; moderation?: boolean }): Promise<Page<PostWithAuthor>> {
  const key = decodeCursor(options.cursor, { time: true });
  const after = key ? or(sql`${newsPosts.createdAt} < ${key.s}::timestamptz`, and(sql`${newsPosts.createdAt} = ${key.s}::timestamptz`, sql`${newsPosts.id} < ${key.id}::uuid`)) : undefined;
  const reported = options.moderation
    ? or(gt(newsPosts.reportCount, 0), isNotNull(newsPosts.hiddenAt), sql`exists (select 1 from ${newsComments} c where c.post_id = ${newsPosts.id} and c.removed_at is null and (c.report_count > 0 or c.hidden_at is not null))`)
    : undefined;
  const rows = await selectPosts(db).where(and(
    eq(newsPosts.organizationId, organizationId),
    options.ticketId ? eq(newsPosts.ticketId, options.ticketId) : undefined,
    reported,
    after,
  )).orderBy(desc(newsPosts.createdAt), desc(newsPosts.id)).limit(options.limit + 1);
  return pageOf(rows.map(flatten), options.limit, (row) => row.createdAt.toISOString());
}

/** What a resident with these relations sees on the wall at `now`: published and started, not
 * ended, neither hidden nor removed, in their audience. */
function shownTo(organizationId: string, relations: readonly ResidentRelation[], now: Date): SQL {
  return and(
    eq(newsPosts.organizationId, organizationId),
    isNotNull(newsPosts.publishAt), lte(newsPosts.publishAt, now),
    or(isNull(newsPosts.endsAt), gt(newsPosts.endsAt, now)),
    isNull(newsPosts.hiddenAt), isNull(newsPosts.removedAt),
    audienceCondition(sql`${newsPosts.audience}`, relations),
  )!;
}

/** The resident's wall: urgent posts first (pinned until their end), then the rest, newest first. */
export async function residentWall(db: Db, organizationId: string, viewer: { relations: readonly ResidentRelation[]; now: Date }, options: { limit: number; urgentOnly?: boolean }): Promise<PostWithAuthor[]> {
  const rows = await selectPosts(db)
    .where(and(shownTo(organizationId, viewer.relations, viewer.now), options.urgentOnly ? eq(newsPosts.kind, 'urgent') : undefined))
    .orderBy(sql`(${newsPosts.kind} = 'urgent') desc`, desc(newsPosts.publishAt), desc(newsPosts.id))
    .limit(options.limit);
  return rows.map(flatten);
}

export async function residentPost(db: Db, organizationId: string, id: string, viewer: { relations: readonly ResidentRelation[]; now: Date }): Promise<PostWithAuthor | undefined> {
  const [row] = await selectPosts(db).where(and(eq(newsPosts.id, id), shownTo(organizationId, viewer.relations, viewer.now))).limit(1);
  return row ? flatten(row) : undefined;
}

/** Of these posts, those the person likes. */
export async function likedBy(db: Db, personId: string, postIds: readonly string[]): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const rows = await db.select({ postId: newsLikes.postId }).from(newsLikes).where(and(eq(newsLikes.personId, personId), sql`${newsLikes.postId} in (${sql.join(postIds.map((id) => sql`${id}::uuid`), sql`, `)})`));
  return new Set(rows.map((r) => r.postId));
}

// ——— files ———

export async function filesOfPost(db: Db, organizationId: string, postId: string): Promise<NewsFileRow[]> {
  return db.select().from(newsFiles).where(and(eq(newsFiles.organizationId, organizationId), eq(newsFiles.postId, postId))).orderBy(newsFiles.createdAt, newsFiles.id);
}

export async function insertFiles(db: Db, rows: NewNewsFile[]): Promise<NewsFileRow[]> {
  return rows.length > 0 ? db.insert(newsFiles).values(rows).returning() : [];
}

export async function deleteFile(db: Db, organizationId: string, postId: string, id: string): Promise<NewsFileRow | undefined> {
  const [row] = await db.delete(newsFiles).where(and(eq(newsFiles.organizationId, organizationId), eq(newsFiles.postId, postId), eq(newsFiles.id, id))).returning();
  return row;
}

/** The live posts carrying a ticket's updates (not removed). */
export async function postsOfTicket(db: Db, ticketId: string): Promise<NewsPostRow[]> {
  return db.select().from(newsPosts).where(and(eq(newsPosts.ticketId, ticketId), isNull(newsPosts.removedAt)));
}
