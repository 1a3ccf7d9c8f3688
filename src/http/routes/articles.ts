// Info articles (DOMAIN.md §15, API.md Community tools): the staff routes /articles (the tool
// switched on and one of its roles, else 404 tool_off / 403 tool_not_allowed) and the residents'
// /portal/articles (what their audience includes now; anything else 404).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { ARTICLE_STATES } from '../../domain/community/articles.ts';
import { AudienceSchema } from '../schemas/audience.ts';
import { LANGUAGES } from '../../domain/master-data.ts';
import { ALLOWED_DESCRIPTION } from '../../tickets/attachment-types.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import * as articles from '../../community/articles.ts';
import type { ArticleFileRow, ArticleRow } from '../../db/repositories/articles.ts';
import { actorOf, residentOf } from '../access.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';

const tags = ['articles'];
const staff = { access: 'staff' as const };
const resident = { access: 'resident' as const };
const errors = { ...STAFF_ERRORS, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse };

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const fields = {
  title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
  body: Type.String({ maxLength: 200_000 }),
  category: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
  audience: AudienceSchema,
  language: literals(LANGUAGES),
};
const CreateBody = Type.Object({ ...fields, body: Type.Optional(fields.body), category: Type.Optional(fields.category), language: Type.Optional(fields.language) }, { additionalProperties: false });
const PatchBody = Type.Partial(Type.Object(fields), { additionalProperties: false, minProperties: 1 });
const PublishBody = Type.Object({ publishAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  state: Type.Optional(literals(ARTICLE_STATES)),
  category: Type.Optional(Type.String({ maxLength: 100 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });
const PortalQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 500 })), limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }) }, { additionalProperties: false });
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const FileParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });

const ArticleFile = Type.Object({ id: Type.String(), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), url: Type.String() });
const Article = Type.Object({
  id: Type.String(), title: Type.String(), body: Type.String(), category: Type.Union([Type.String(), Type.Null()]), audience: AudienceSchema,
  state: literals(ARTICLE_STATES), publishAt: Type.Union([Type.String(), Type.Null()]), language: literals(LANGUAGES), viewCount: Type.Integer(),
  createdAt: Type.String(), updatedAt: Type.String(),
});
const ArticleWithFiles = Type.Object({ article: Article, files: Type.Array(ArticleFile) });
const ArticleSummary = Type.Omit(Article, ['body']);
const PortalArticleSummary = Type.Object({ id: Type.String(), title: Type.String(), category: Type.Union([Type.String(), Type.Null()]), language: literals(LANGUAGES), publishedAt: Type.String(), excerpt: Type.String() });
const PortalArticle = Type.Object({ article: Type.Object({ ...PortalArticleSummary.properties, body: Type.String() }), files: Type.Array(ArticleFile) });

function presentArticle(row: ArticleRow): Static<typeof Article> {
  return {
    id: row.id, title: row.title, body: row.body, category: row.category, audience: row.audience, state: row.state,
    publishAt: row.publishAt?.toISOString() ?? null, language: row.language, viewCount: row.viewCount,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}
const presentFile = (base: string) => (row: ArticleFileRow) => ({ id: row.id, filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes, url: `${base}/${row.articleId}/files/${row.id}` });
const staffAnswer = ({ article, files }: { article: ArticleRow; files: ArticleFileRow[] }) => ({ article: presentArticle(article), files: files.map(presentFile('/api/v1/articles')) });

/** The article's first words, as text. */
function excerpt(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
const portalSummary = (row: ArticleRow) => ({ id: row.id, title: row.title, category: row.category, language: row.language, publishedAt: row.publishAt!.toISOString(), excerpt: excerpt(row.body) });

const sendFile = (reply: FastifyReply, { file, body }: { file: ArticleFileRow; body: Readable }) => sendStoredFile(reply, file, body);

/** Registers /articles and /portal/articles. */
export function articleRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, 10) };
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.get('/articles', {
    config: staff,
    schema: { tags, summary: 'The agency’s articles, last changed first, by state, category and words (French, accents ignored)', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(ArticleSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errors } },
    handler: async (request) => {
      const page = await articles.listStaffArticles(ctx, actorOf(request), request.query as Static<typeof ListQuery>);
      return { items: page.items.map(presentArticle), nextCursor: page.nextCursor };
    },
  });
  app.post('/articles', {
    config: staff,
    schema: { tags, summary: 'Write an article (a draft): body as HTML, sanitized; audience of the agency’s properties or units (others 422 unknown_reference)', body: CreateBody, response: { 201: ArticleWithFiles, ...errors } },
    handler: async (request, reply) => reply.code(201).send(staffAnswer(await articles.createArticle(ctx, actorOf(request), request.body as Static<typeof CreateBody>))),
  });
  app.get('/articles/:id', {
    config: staff,
    schema: { tags, summary: 'One article with its files', params: IdParams, response: { 200: ArticleWithFiles, ...errors } },
    handler: async (request) => staffAnswer(await articles.getStaffArticle(ctx, actorOf(request), id(request))),
  });
  app.patch('/articles/:id', {
    config: staff,
    schema: { tags, summary: 'Change an article (its state stays)', params: IdParams, body: PatchBody, response: { 200: ArticleWithFiles, ...errors } },
    handler: async (request) => staffAnswer(await articles.updateArticleFields(ctx, actorOf(request), id(request), request.body as Static<typeof PatchBody>)),
  });
  app.delete('/articles/:id', {
    config: staff,
    schema: { tags, summary: 'Delete an article with its files and views', params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await articles.removeArticle(ctx, actorOf(request), id(request));
      return reply.code(204).send();
    },
  });
  app.post('/articles/:id/publish', {
    config: staff,
    schema: { tags, summary: 'Publish now, or from publishAt: residents of the audience see it from that time', params: IdParams, body: Type.Optional(PublishBody), response: { 200: ArticleWithFiles, ...errors } },
    handler: async (request) => staffAnswer(await articles.publishArticle(ctx, actorOf(request), id(request), (request.body as Static<typeof PublishBody> | undefined)?.publishAt)),
  });
  app.post('/articles/:id/archive', {
    config: staff,
    schema: { tags, summary: 'Archive: residents no longer see it', params: IdParams, response: { 200: ArticleWithFiles, ...errors } },
    handler: async (request) => staffAnswer(await articles.archiveArticle(ctx, actorOf(request), id(request))),
  });
  app.get('/articles/:id/files/:fileId', {
    config: staff,
    schema: { tags, summary: 'Download a file of the article', params: FileParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { id: articleId, fileId } = request.params as Static<typeof FileParams>;
      return sendFile(reply, await articles.readStaffArticleFile(ctx, actorOf(request), articleId, fileId));
    },
  });
  app.delete('/articles/:id/files/:fileId', {
    config: staff,
    schema: { tags, summary: 'Remove a file of the article', params: FileParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      const { id: articleId, fileId } = request.params as Static<typeof FileParams>;
      await articles.removeArticleFile(ctx, actorOf(request), articleId, fileId);
      return reply.code(204).send();
    },
  });
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: 10, fields: 0, fieldNameSize: 100, parts: 10, headerPairs: 50 } });
    scope.post('/articles/:id/files', {
      config: staff,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, summary: 'Attach images and documents to the article',
        description: `multipart/form-data, 1 to 10 file parts, each judged by its bytes (${ALLOWED_DESCRIPTION}): another type 415 file_type_not_allowed, over ${maxBytes} bytes 413. When one is refused none is kept.`,
        consumes: ['multipart/form-data'], params: IdParams,
        response: { 201: Type.Object({ items: Type.Array(ArticleFile) }), ...errors },
      },
      handler: async (request, reply) => {
        refuseForeignUpload(request);
        try {
          const rows = await articles.addArticleFiles(ctx, actorOf(request), id(request), multipartFiles(request, limits));
          return reply.code(201).send({ items: rows.map(presentFile('/api/v1/articles')) });
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });
  });

  app.get('/portal/articles', {
    config: resident,
    schema: { tags: ['portal'], summary: '"Infos pratiques": the published articles of the resident’s audience, their language first; q: French words, accents ignored (best match first)', querystring: PortalQuery, response: { 200: Type.Object({ items: Type.Array(PortalArticleSummary), nextCursor: Type.Null() }), ...errors } },
    handler: async (request) => ({ items: (await articles.listResidentArticles(ctx, residentOf(request), request.query as Static<typeof PortalQuery>)).map(portalSummary), nextCursor: null }),
  });
  app.get('/portal/articles/:id', {
    config: resident,
    schema: { tags: ['portal'], summary: 'An article of the resident’s audience (its view counted once per person); any other is 404', params: IdParams, response: { 200: PortalArticle, ...errors } },
    handler: async (request) => {
      const { article, files } = await articles.getResidentArticle(ctx, residentOf(request), id(request));
      return { article: { ...portalSummary(article), body: article.body }, files: files.map(presentFile('/api/v1/portal/articles')) };
    },
  });
  app.get('/portal/articles/:id/files/:fileId', {
    config: resident,
    schema: { tags: ['portal'], summary: 'A file of an article the resident may read', params: FileParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { id: articleId, fileId } = request.params as Static<typeof FileParams>;
      return sendFile(reply, await articles.readResidentArticleFile(ctx, residentOf(request), articleId, fileId));
    },
  });
}
