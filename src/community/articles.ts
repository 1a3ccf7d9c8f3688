// Info articles (DOMAIN.md §15), staff side and residents' side. Staff need the tool switched on
// and one of its roles (domain/community/tools.ts); residents see what their audience includes
// now, published and shown from a past time — anything else, another agency's or building's
// article included, is a 404 like one that does not exist.
import { assertPortalTool } from './portal-tool.ts';
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { assertStaffTool } from '../domain/community/tools.ts';
import { audienceProblem, normalizeAudience, type Audience } from '../domain/community/audience.ts';
import { articleSearchDocument as searchDocument, type ArticleState } from '../domain/community/articles.ts';
import { anyWordQuery, searchQuery } from '../domain/search-text.ts';
import type { Language } from '../domain/master-data.ts';
import { calendarDay } from '../domain/time-zone.ts';
import { sanitizeRichText } from '../tickets/sanitize.ts';
import type { IncomingFile } from '../tickets/upload-attachments.ts';
import { storeItemFiles } from './item-files.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { deleteStoredFiles } from '../inbound/inbound-files.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { foreignAudienceIds } from '../db/repositories/audience-sql.ts';
import { residentRelations } from '../db/repositories/portal-tickets.ts';
import * as repo from '../db/repositories/articles.ts';

/** Most files on one article. */
export const ARTICLE_MAX_FILES = 20;

export interface ArticleInput {
  title?: string;
  body?: string;
  category?: string | null;
  audience?: Audience;
  language?: Language;
}


async function staffTools(ctx: AppContext, actor: Actor) {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  assertStaffTool(settingsOf(organization.settings).communityTools, 'articles', actor.roles);
  return organization;
}

async function checkedAudience(ctx: AppContext, organizationId: string, audience: Audience): Promise<Audience> {
  const problem = audienceProblem(audience);
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
  const foreign = await foreignAudienceIds(ctx.db, organizationId, audience);
  if (foreign.length > 0) throw new DomainError('unknown_reference', 'The audience names properties or units that are not the agency’s.', { ids: foreign });
  return normalizeAudience(audience);
}

async function ownArticle(ctx: AppContext, actor: Actor, id: string) {
  const article = await repo.findArticle(ctx.db, actor.organizationId, id);
  if (!article) throw notFound('Article');
  return article;
}

export async function listStaffArticles(ctx: AppContext, actor: Actor, query: { limit?: number; cursor?: string; state?: ArticleState; category?: string; q?: string }) {
  await staffTools(ctx, actor);
  const tsquery = query.q ? searchQuery(query.q) : undefined;
  // Words that mean nothing (stop words, punctuation) find nothing.
  if (query.q && !tsquery) return { items: [], nextCursor: null };
  return repo.listArticles(ctx.db, actor.organizationId, { limit: query.limit ?? 25, cursor: query.cursor, state: query.state, category: query.category, tsquery });
}

export async function getStaffArticle(ctx: AppContext, actor: Actor, id: string) {
  await staffTools(ctx, actor);
  const article = await ownArticle(ctx, actor, id);
  return { article, files: await repo.filesOfArticle(ctx.db, actor.organizationId, id) };
}

export async function createArticle(ctx: AppContext, actor: Actor, input: Required<Pick<ArticleInput, 'title' | 'audience'>> & ArticleInput) {
  await staffTools(ctx, actor);
  const now = ctx.clock.now();
  const fields = { title: input.title.trim(), body: sanitizeRichText(input.body ?? ''), category: input.category?.trim() || null };
  const article = await repo.insertArticle(ctx.db, {
    organizationId: actor.organizationId, ...fields, audience: await checkedAudience(ctx, actor.organizationId, input.audience), language: input.language ?? 'fr',
    state: 'draft', createdById: actor.userId, updatedById: actor.userId, createdAt: now, updatedAt: now, searchDocument: searchDocument(fields),
  });
  return { article, files: [] };
}

export async function updateArticleFields(ctx: AppContext, actor: Actor, id: string, input: ArticleInput) {
  await staffTools(ctx, actor);
  const before = await ownArticle(ctx, actor, id);
  const fields = {
    title: input.title?.trim() ?? before.title,
    body: input.body === undefined ? before.body : sanitizeRichText(input.body),
    category: input.category === undefined ? before.category : input.category?.trim() || null,
  };
  const audience = input.audience ? await checkedAudience(ctx, actor.organizationId, input.audience) : undefined;
  await repo.updateArticle(ctx.db, actor.organizationId, id, {
    ...fields, ...(audience ? { audience } : {}), ...(input.language ? { language: input.language } : {}),
    updatedById: actor.userId, updatedAt: ctx.clock.now(), searchDocument: searchDocument(fields),
  });
  return getStaffArticle(ctx, actor, id);
}

/** Publishes now, or from `at` (a later time: residents see it from then on, nothing to run). */
export async function publishArticle(ctx: AppContext, actor: Actor, id: string, at?: string) {
  await staffTools(ctx, actor);
  await ownArticle(ctx, actor, id);
  const now = ctx.clock.now();
  const publishAt = at ? new Date(at) : now;
  if (Number.isNaN(publishAt.getTime())) throw new DomainError('validation_failed', 'publishAt is not a date and time.', [{ in: 'body', field: 'publishAt', message: 'is not a date-time' }]);
  await repo.updateArticle(ctx.db, actor.organizationId, id, { state: 'published', publishAt, updatedById: actor.userId, updatedAt: now });
  return getStaffArticle(ctx, actor, id);
}

export async function archiveArticle(ctx: AppContext, actor: Actor, id: string) {
  await staffTools(ctx, actor);
  await ownArticle(ctx, actor, id);
  await repo.updateArticle(ctx.db, actor.organizationId, id, { state: 'archived', updatedById: actor.userId, updatedAt: ctx.clock.now() });
  return getStaffArticle(ctx, actor, id);
}

/** Deletes the article, its views and its files (rows, then bytes). */
export async function removeArticle(ctx: AppContext, actor: Actor, id: string) {
  await staffTools(ctx, actor);
  await ownArticle(ctx, actor, id);
  const files = await repo.filesOfArticle(ctx.db, actor.organizationId, id);
  await repo.deleteArticle(ctx.db, actor.organizationId, id);
  await deleteStoredFiles(ctx, files.map((f) => f.storageKey));
}

/** Stores the files sent (checked by their bytes, as ticket attachments); all or none. */
export async function addArticleFiles(ctx: AppContext, actor: Actor, id: string, files: AsyncIterable<IncomingFile>) {
  await staffTools(ctx, actor);
  await ownArticle(ctx, actor, id);
  const existing = (await repo.filesOfArticle(ctx.db, actor.organizationId, id)).length;
  return storeItemFiles(ctx, actor.organizationId, files, { existing, max: ARTICLE_MAX_FILES, tooMany: `An article holds at most ${ARTICLE_MAX_FILES} files.` }, (checked) =>
    repo.insertArticleFiles(ctx.db, checked.map((file) => ({ ...file, organizationId: actor.organizationId, articleId: id, uploadedByUserId: actor.userId, createdAt: ctx.clock.now() }))));
}

export async function removeArticleFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await staffTools(ctx, actor);
  const file = await repo.deleteArticleFile(ctx.db, actor.organizationId, id, fileId);
  if (!file) throw notFound('File');
  await deleteStoredFiles(ctx, [file.storageKey]);
}

async function openFile(ctx: AppContext, file: repo.ArticleFileRow | undefined): Promise<{ file: repo.ArticleFileRow; body: Readable }> {
  if (!file) throw notFound('File');
  try {
    return { file, body: await ctx.files.get(file.storageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This file is listed but its content is missing from storage.', { id: file.id });
    throw error;
  }
}

export async function readStaffArticleFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  const { files } = await getStaffArticle(ctx, actor, id);
  return openFile(ctx, files.find((f) => f.id === fileId));
}

/** The resident as articles see them: relations of today, language, the time asked. */
async function residentViewer(ctx: AppContext, resident: Resident) {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  await assertPortalTool(ctx, resident, settingsOf(organization.settings).communityTools, 'articles');
  const now = ctx.clock.now();
  const [relations, language] = await Promise.all([
    residentRelations(ctx.db, resident.organizationId, resident.personId, calendarDay(now, organization.timezone)),
    repo.personLanguage(ctx.db, resident.organizationId, resident.personId),
  ]);
  return { relations, language, now };
}

/** The resident's articles; with `q`, those having any of its words, the best match first
 * (nothing for words that mean nothing). */
export async function listResidentArticles(ctx: AppContext, resident: Resident, query: { q?: string; limit?: number }) {
  const viewer = await residentViewer(ctx, resident);
  const tsquery = query.q === undefined ? undefined : anyWordQuery(query.q);
  if (query.q !== undefined && !tsquery) return [];
  return repo.residentArticles(ctx.db, resident.organizationId, viewer, { limit: query.limit ?? 50, tsquery });
}

/** One article the resident may read, its view counted once per person (not in a staff preview). */
export async function getResidentArticle(ctx: AppContext, resident: Resident, id: string) {
  const viewer = await residentViewer(ctx, resident);
  const article = await repo.residentArticle(ctx.db, resident.organizationId, id, viewer);
  if (!article) throw notFound('Article');
  if (!resident.previewByUserId) await repo.recordView(ctx.db, article.id, resident.personId, viewer.now);
  return { article, files: await repo.filesOfArticle(ctx.db, resident.organizationId, id) };
}

export async function readResidentArticleFile(ctx: AppContext, resident: Resident, id: string, fileId: string) {
  const viewer = await residentViewer(ctx, resident);
  const article = await repo.residentArticle(ctx.db, resident.organizationId, id, viewer);
  if (!article) throw notFound('Article');
  const files = await repo.filesOfArticle(ctx.db, resident.organizationId, id);
  return openFile(ctx, files.find((f) => f.id === fileId));
}
