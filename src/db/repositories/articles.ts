// SQL of info articles: every query inside one organization; the search vector written with the
// row (French words, accents folded); the residents' list and page through the audience rule
// (audience-sql.ts) and the publication time, evaluated at the time asked.
import { and, desc, eq, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { articleFiles, articles, articleViews, persons } from '../schema/index.ts';
import { decodeCursor, pageOf, type Page } from '../pagination.ts';
import { audienceCondition } from './audience-sql.ts';
import type { ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import type { ArticleState } from '../../domain/community/articles.ts';

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleFileRow = typeof articleFiles.$inferSelect;
export type NewArticleFile = typeof articleFiles.$inferInsert;

/** The stored search vector of a folded document (domain/search-text.ts foldText). */
export const articleSearchVector = (document: string): SQL => sql`to_tsvector('french', ${document})`;
const matches = (tsquery: string): SQL => sql`${articles.search} @@ to_tsquery('french', ${tsquery})`;

export async function insertArticle(db: Db, row: typeof articles.$inferInsert & { searchDocument: string }): Promise<ArticleRow> {
  const { searchDocument, ...values } = row;
  const [written] = await db.insert(articles).values({ ...values, search: articleSearchVector(searchDocument) as never }).returning();
  return written!;
}

export async function updateArticle(db: Db, organizationId: string, id: string, patch: Partial<typeof articles.$inferInsert> & { searchDocument?: string }): Promise<ArticleRow | undefined> {
  const { searchDocument, ...values } = patch;
  const set = searchDocument === undefined ? values : { ...values, search: articleSearchVector(searchDocument) as never };
  const [written] = await db.update(articles).set(set).where(and(eq(articles.organizationId, organizationId), eq(articles.id, id))).returning();
  return written;
}

export async function findArticle(db: Db, organizationId: string, id: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(and(eq(articles.organizationId, organizationId), eq(articles.id, id))).limit(1);
  return row;
}

export async function deleteArticle(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(articles).where(and(eq(articles.organizationId, organizationId), eq(articles.id, id)));
}

/** A page of the agency's articles, last changed first, filtered by state, category and words. */
export async function listArticles(db: Db, organizationId: string, options: { limit: number; cursor?: string; state?: ArticleState; category?: string; tsquery?: string }): Promise<Page<ArticleRow>> {
  const key = decodeCursor(options.cursor, { time: true });
  const after = key ? or(lt(articles.updatedAt, new Date(key.s)), and(eq(articles.updatedAt, new Date(key.s)), lt(articles.id, key.id))) : undefined;
  const rows = await db.select().from(articles).where(and(
    eq(articles.organizationId, organizationId),
    options.state ? eq(articles.state, options.state) : undefined,
    options.category ? eq(articles.category, options.category) : undefined,
    options.tsquery ? matches(options.tsquery) : undefined,
    after,
  )).orderBy(desc(articles.updatedAt), desc(articles.id)).limit(options.limit + 1);
  return pageOf(rows, options.limit, (row) => row.updatedAt.toISOString());
}

/** What a resident with these relations sees at `now`: published, shown from a past time, their audience. */
function shownTo(organizationId: string, relations: readonly ResidentRelation[], now: Date): SQL {
  return and(eq(articles.organizationId, organizationId), eq(articles.state, 'published'), lte(articles.publishAt, now), audienceCondition(sql`${articles.audience}`, relations))!;
}

/** The resident's articles: best match first when searching, else their language first, newest first. */
export async function residentArticles(db: Db, organizationId: string, viewer: { relations: readonly ResidentRelation[]; language: string; now: Date }, options: { limit: number; tsquery?: string }): Promise<ArticleRow[]> {
  const languageFirst = sql`(${articles.language} = ${viewer.language}) desc`;
  const order = options.tsquery
    ? [sql`ts_rank(${articles.search}, to_tsquery('french', ${options.tsquery})) desc`, languageFirst, desc(articles.publishAt), desc(articles.id)]
    : [languageFirst, desc(articles.publishAt), desc(articles.id)];
  return db.select().from(articles)
    .where(and(shownTo(organizationId, viewer.relations, viewer.now), options.tsquery ? matches(options.tsquery) : undefined))
    .orderBy(...order).limit(options.limit);
}

export async function residentArticle(db: Db, organizationId: string, id: string, viewer: { relations: readonly ResidentRelation[]; now: Date }): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(and(eq(articles.id, id), shownTo(organizationId, viewer.relations, viewer.now))).limit(1);
  return row;
}

/** Counts the person's view once: the first view adds one to the article's count. */
export async function recordView(db: Db, articleId: string, personId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx.insert(articleViews).values({ articleId, personId, viewedAt: now }).onConflictDoNothing().returning({ articleId: articleViews.articleId });
    if (inserted.length > 0) await tx.update(articles).set({ viewCount: sql`${articles.viewCount} + 1` }).where(eq(articles.id, articleId));
  });
}

export async function filesOfArticle(db: Db, organizationId: string, articleId: string): Promise<ArticleFileRow[]> {
  return db.select().from(articleFiles).where(and(eq(articleFiles.organizationId, organizationId), eq(articleFiles.articleId, articleId))).orderBy(articleFiles.createdAt, articleFiles.id);
}

export async function insertArticleFiles(db: Db, rows: NewArticleFile[]): Promise<ArticleFileRow[]> {
  return rows.length > 0 ? db.insert(articleFiles).values(rows).returning() : [];
}

export async function deleteArticleFile(db: Db, organizationId: string, articleId: string, id: string): Promise<ArticleFileRow | undefined> {
  const [row] = await db.delete(articleFiles).where(and(eq(articleFiles.organizationId, organizationId), eq(articleFiles.articleId, articleId), eq(articleFiles.id, id))).returning();
  return row;
}

/** The language the person reads (their articles in it come first). */
export async function personLanguage(db: Db, organizationId: string, personId: string): Promise<string> {
  const [person] = await db.select({ language: persons.language }).from(persons).where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId))).limit(1);
  return person?.language ?? 'fr';
}
