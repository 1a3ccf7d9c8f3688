// SQL of the news wall: every query inside one organization. The residents' wall and post page
// go through the audience rule (audience-sql.ts) and the post's times, evaluated when they look;
// counts (likes, comments, reports) move with the row they count, in the same statement's
// transaction; the fan-out reads the audience's residents of today in one statement.
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { newsComments, newsFiles, newsLikes, newsPostingBans, newsPosts, newsReports, persons, portalAccounts, tickets } from '../schema/index.ts';
import { decodeCursor, pageOf, type Page } from '../pagination.ts';
import { audienceCondition, currentRelationsTable } from './audience-sql.ts';
import { toolOnCondition } from './tool-on-sql.ts';
import type { ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import type { Audience } from '../../domain/community/audience.ts';
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

// ——— comments ———

export interface CommentWithAuthor extends NewsCommentRow {
  authorName: string | null;
  authorPreferences: ResidentPreferences | null;
}

/** The post's comments, oldest first; `visibleOnly`: without the hidden and removed ones. */
export async function commentsOf(db: Db, organizationId: string, postId: string, options: { visibleOnly: boolean }): Promise<CommentWithAuthor[]> {
  const rows = await db.select({ comment: newsComments, authorName: persons.name, authorPreferences: portalAccounts.preferences }).from(newsComments)
    .leftJoin(persons, eq(persons.id, newsComments.authorPersonId))
    .leftJoin(portalAccounts, eq(portalAccounts.personId, newsComments.authorPersonId))
    .where(and(eq(newsComments.organizationId, organizationId), eq(newsComments.postId, postId), options.visibleOnly ? and(isNull(newsComments.hiddenAt), isNull(newsComments.removedAt)) : undefined))
    .orderBy(asc(newsComments.createdAt), asc(newsComments.id));
  return rows.map((r) => ({ ...r.comment, authorName: r.authorName, authorPreferences: r.authorPreferences }));
}

export async function findComment(db: Db, organizationId: string, postId: string, id: string): Promise<NewsCommentRow | undefined> {
  const [row] = await db.select().from(newsComments).where(and(eq(newsComments.organizationId, organizationId), eq(newsComments.postId, postId), eq(newsComments.id, id))).limit(1);
  return row;
}

/** Adds a comment and counts it on its post. */
export async function insertComment(db: Db, row: typeof newsComments.$inferInsert): Promise<NewsCommentRow> {
  return db.transaction(async (tx) => {
    const [written] = await tx.insert(newsComments).values(row).returning();
    await tx.update(newsPosts).set({ commentCount: sql`${newsPosts.commentCount} + 1` }).where(eq(newsPosts.id, row.postId));
    return written!;
  });
}

/** Changes a comment; its post's count follows when it leaves or comes back to the post. */
export async function setCommentShown(db: Db, organizationId: string, postId: string, id: string, patch: Partial<typeof newsComments.$inferInsert>): Promise<NewsCommentRow | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(newsComments).where(and(eq(newsComments.organizationId, organizationId), eq(newsComments.postId, postId), eq(newsComments.id, id))).for('update').limit(1);
    if (!before) return undefined;
    const [after] = await tx.update(newsComments).set(patch).where(eq(newsComments.id, id)).returning();
    const shown = (c: NewsCommentRow) => c.hiddenAt === null && c.removedAt === null;
    const delta = Number(shown(after!)) - Number(shown(before));
    if (delta !== 0) await tx.update(newsPosts).set({ commentCount: sql`greatest(${newsPosts.commentCount} + ${delta}, 0)` }).where(eq(newsPosts.id, postId));
    return after;
  });
}

// ——— likes ———

/** Likes once: a second like changes nothing. */
export async function like(db: Db, postId: string, personId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const added = await tx.insert(newsLikes).values({ postId, personId, createdAt: now }).onConflictDoNothing().returning({ postId: newsLikes.postId });
    if (added.length > 0) await tx.update(newsPosts).set({ likeCount: sql`${newsPosts.likeCount} + 1` }).where(eq(newsPosts.id, postId));
  });
}

export async function unlike(db: Db, postId: string, personId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx.delete(newsLikes).where(and(eq(newsLikes.postId, postId), eq(newsLikes.personId, personId))).returning({ postId: newsLikes.postId });
    if (removed.length > 0) await tx.update(newsPosts).set({ likeCount: sql`greatest(${newsPosts.likeCount} - 1, 0)` }).where(eq(newsPosts.id, postId));
  });
}

// ——— reports ———

/** Records one person's report of a post or comment (a second one is dropped); true when it counted. */
export async function insertReport(db: Db, row: typeof newsReports.$inferInsert): Promise<boolean> {
  const written = await db.insert(newsReports).values(row).onConflictDoNothing().returning({ id: newsReports.id });
  return written.length > 0;
}

/** Counts one report on the post; hides it when the count reaches `threshold`. Returns the row. */
export async function countPostReport(db: Db, postId: string, threshold: number, now: Date): Promise<NewsPostRow> {
  const [row] = await db.update(newsPosts).set({
    reportCount: sql`${newsPosts.reportCount} + 1`,
    hiddenAt: sql`case when ${newsPosts.hiddenAt} is null and ${newsPosts.reportCount} + 1 >= ${threshold} then ${now.toISOString()}::timestamptz else ${newsPosts.hiddenAt} end`,
  }).where(eq(newsPosts.id, postId)).returning();
  return row!;
}

export async function countCommentReport(db: Db, commentId: string, threshold: number, now: Date): Promise<NewsCommentRow> {
  const [row] = await db.update(newsComments).set({
    reportCount: sql`${newsComments.reportCount} + 1`,
    hiddenAt: sql`case when ${newsComments.hiddenAt} is null and ${newsComments.reportCount} + 1 >= ${threshold} then ${now.toISOString()}::timestamptz else ${newsComments.hiddenAt} end`,
  }).where(eq(newsComments.id, commentId)).returning();
  // Just hidden: the post no longer shows it.
  if (row!.hiddenAt?.getTime() === now.getTime()) await db.update(newsPosts).set({ commentCount: sql`greatest(${newsPosts.commentCount} - 1, 0)` }).where(eq(newsPosts.id, row!.postId));
  return row!;
}

/** The reports of a post and its comments, newest first, with the reporter's name (for managers). */
export async function reportsOf(db: Db, organizationId: string, postId: string) {
  return db.select({ id: newsReports.id, commentId: newsReports.commentId, reason: newsReports.reason, createdAt: newsReports.createdAt, personId: newsReports.personId, personName: persons.name })
    .from(newsReports).innerJoin(persons, eq(persons.id, newsReports.personId))
    .where(and(eq(newsReports.organizationId, organizationId), eq(newsReports.postId, postId)))
    .orderBy(desc(newsReports.createdAt));
}

// ——— posting bans ———

export async function isBanned(db: Db, organizationId: string, personId: string): Promise<boolean> {
  const [row] = await db.select({ personId: newsPostingBans.personId }).from(newsPostingBans).where(and(eq(newsPostingBans.organizationId, organizationId), eq(newsPostingBans.personId, personId))).limit(1);
  return row !== undefined;
}

export async function insertBan(db: Db, row: typeof newsPostingBans.$inferInsert): Promise<void> {
  await db.insert(newsPostingBans).values(row).onConflictDoUpdate({ target: [newsPostingBans.organizationId, newsPostingBans.personId], set: { reason: row.reason ?? null } });
}

export async function deleteBan(db: Db, organizationId: string, personId: string): Promise<boolean> {
  const removed = await db.delete(newsPostingBans).where(and(eq(newsPostingBans.organizationId, organizationId), eq(newsPostingBans.personId, personId))).returning({ personId: newsPostingBans.personId });
  return removed.length > 0;
}

export async function listBans(db: Db, organizationId: string) {
  return db.select({ personId: newsPostingBans.personId, name: persons.name, reason: newsPostingBans.reason, createdAt: newsPostingBans.createdAt })
    .from(newsPostingBans).innerJoin(persons, eq(persons.id, newsPostingBans.personId))
    .where(eq(newsPostingBans.organizationId, organizationId)).orderBy(asc(persons.name));
}

export async function personOfAgency(db: Db, organizationId: string, personId: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db.select({ id: persons.id, name: persons.name }).from(persons).where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId))).limit(1);
  return row;
}

// ——— fan-out ———

export interface AudienceRecipient {
  personId: string;
  name: string;
  emails: string[];
  phones: string[];
  language: string;
  accountEmail: string | null;
  accountLanguage: string | null;
  preferences: ResidentPreferences | null;
}

/** Every person holding, on `today`, a relation the audience includes — one row each, in one
 * statement (the audience rule of audience.ts read from the other side: from the relations). */
export async function audienceRecipients(db: Db, organizationId: string, audience: Audience, today: string): Promise<AudienceRecipient[]> {
  const json = JSON.stringify(audience);
  const a = sql`${json}::jsonb`;
  const target = sql`(coalesce((${a} ->> 'agency')::boolean, false)
    or coalesce(${a} -> 'propertyIds', '[]'::jsonb) @> jsonb_build_array(r.property_id::text)
    or (r.unit_id is not null and coalesce(${a} -> 'unitIds', '[]'::jsonb) @> jsonb_build_array(r.unit_id::text))
    or (r.company_id is not null and coalesce(${a} -> 'companyIds', '[]'::jsonb) @> jsonb_build_array(r.company_id::text)))`;
  const narrowing = sql`(jsonb_array_length(coalesce(${a} -> 'relations', '[]'::jsonb)) = 0 or (${a} -> 'relations') @> jsonb_build_array(r.kind))`;
  return db.select({
    personId: persons.id, name: persons.name, emails: persons.emails, phones: persons.phones, language: persons.language,
    accountEmail: portalAccounts.email, accountLanguage: portalAccounts.language, preferences: portalAccounts.preferences,
  }).from(persons)
    .leftJoin(portalAccounts, and(eq(portalAccounts.personId, persons.id), isNull(portalAccounts.deactivatedAt)))
    .where(and(eq(persons.organizationId, organizationId), sql`exists (select 1 from ${currentRelationsTable(organizationId, today)} r where r.person_id = ${persons.id}
      and ${target} and ${narrowing})`))
    .orderBy(persons.id);
}

/** Urgent posts whose time has come and whose fan-out is still to do, locked (others skip them). */
export async function lockDueFanOuts(db: Db, now: Date, limit: number): Promise<NewsPostRow[]> {
  return db.select().from(newsPosts)
    .where(and(eq(newsPosts.kind, 'urgent'), isNull(newsPosts.fannedOutAt), isNotNull(newsPosts.publishAt), lte(newsPosts.publishAt, now), toolOnCondition(newsPosts.organizationId, 'news')))
    .orderBy(newsPosts.publishAt).limit(limit).for('update', { skipLocked: true });
}

/** The live posts carrying a ticket's updates (not removed). */
export async function postsOfTicket(db: Db, ticketId: string): Promise<NewsPostRow[]> {
  return db.select().from(newsPosts).where(and(eq(newsPosts.ticketId, ticketId), isNull(newsPosts.removedAt)));
}
