// SQL of the news wall's reactions, inside one organization: comments (with their author's name
// as they chose it), likes (one per person), reports (one per person and item, the count moving
// with its row and hiding it at the agency's threshold) and the residents stopped from posting.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { newsComments, newsLikes, newsPostingBans, newsPosts, newsReports, persons, portalAccounts } from '../schema/index.ts';
import type { ResidentPreferences } from '../../domain/portal/portal-codes.ts';
import type { NewsCommentRow, NewsPostRow } from './news.ts';

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
