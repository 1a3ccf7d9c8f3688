// The news wall (DOMAIN.md §15, API.md Community tools): the staff routes /news (the tool
// switched on and one of its roles, else 404 tool_off / 403 tool_not_allowed) and the residents'
// /portal/news (what their audience includes now; anything else 404).
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { NEWS_COMMENT_MAX, NEWS_KINDS } from '../../domain/community/news.ts';
import { ALLOWED_DESCRIPTION } from '../../tickets/attachment-types.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import * as posts from '../../community/news/staff-posts.ts';
import * as moderation from '../../community/news/moderation.ts';
import { staffNews } from '../../community/news/news-access.ts';
import { actorOf } from '../access.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { AudienceSchema, NewsFile, StaffPostAnswer, StaffSummary, literals, presentFile, presentStaffComment, presentStaffPost } from './news-schemas.ts';
import { portalNewsRoutes } from './portal-news.ts';

const tags = ['news'];
const staff = { access: 'staff' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse };

const fields = {
  kind: literals(NEWS_KINDS),
  title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
  body: Type.String({ maxLength: 200_000 }),
  audience: AudienceSchema,
  endsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Required for an urgent post (pinned until then); any post leaves the wall then' }),
  commentsAllowed: Type.Boolean(),
  likesAllowed: Type.Boolean(),
};
const CreateBody = Type.Object({
  ...Type.Partial(Type.Object(fields)).properties,
  title: fields.title,
  ticketNumber: Type.Optional(Type.Integer({ minimum: 1, description: 'A ticket or incident whose updates the post carries: its property is the audience unless one is given' })),
}, { additionalProperties: false });
const PatchBody = Type.Partial(Type.Object(fields), { additionalProperties: false, minProperties: 1 });
const PublishBody = Type.Object({ publishAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  ticketNumber: Type.Optional(Type.Integer({ minimum: 1 })),
  moderation: Type.Optional(Type.Boolean({ description: 'Only posts reported or hidden, or with a reported comment' })),
}, { additionalProperties: false });
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const FileParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });
const CommentParams = Type.Object({ id: Uuid, commentId: Uuid }, { additionalProperties: false });
const PersonParams = Type.Object({ personId: Uuid }, { additionalProperties: false });
const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: NEWS_COMMENT_MAX }) }, { additionalProperties: false });
const BanBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
const Ban = Type.Object({ personId: Type.String(), name: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String() });

/** The post as staff read it, with its files, comments and reports. */
async function staffAnswer(ctx: AppContext, actor: Actor, answer: Awaited<ReturnType<typeof posts.getStaffPost>>) {
  const { organization } = await staffNews(ctx, actor);
  const now = ctx.clock.now();
  return {
    post: presentStaffPost(answer.post, organization.name, now),
    files: answer.files.map(presentFile('/api/v1/news')),
    comments: answer.comments.map((c) => presentStaffComment(c, organization.name)),
    reports: answer.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

/** Registers /news and /portal/news. */
export function newsRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, 10) };
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;
  const noContent = { 204: Type.Null(), ...errors };

  app.get('/news', {
    config: staff,
    schema: { tags, summary: 'The agency’s posts, newest first, with their state words and counts; by ticket, or those to moderate', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(StaffSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errors } },
    handler: async (request) => {
      const actor = actorOf(request);
      const page = await posts.listStaffPosts(ctx, actor, request.query as Static<typeof ListQuery>);
      const { organization } = await staffNews(ctx, actor);
      const now = ctx.clock.now();
      return { items: page.items.map((row) => { const { body: _body, ...summary } = presentStaffPost(row, organization.name, now); return summary; }), nextCursor: page.nextCursor };
    },
  });
  app.post('/news', {
    config: staff,
    schema: { tags, summary: 'Write a post (a draft): info or urgent (an end date required), body as HTML, sanitized; audience of the agency’s properties or units', body: CreateBody, response: { 201: StaffPostAnswer, ...errors } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      return reply.code(201).send(await staffAnswer(ctx, actor, await posts.createPost(ctx, actor, request.body as Static<typeof CreateBody>)));
    },
  });
  app.get('/news/bans', {
    config: staff,
    schema: { tags, summary: 'The residents stopped from posting and commenting', response: { 200: Type.Object({ items: Type.Array(Ban) }), ...errors } },
    handler: async (request) => ({ items: (await moderation.listBans(ctx, actorOf(request))).map((b) => ({ ...b, createdAt: b.createdAt.toISOString() })) }),
  });
  app.put('/news/bans/:personId', {
    config: staff,
    schema: { tags, summary: 'Stop a resident from posting and commenting on the wall', params: PersonParams, body: Type.Optional(BanBody), response: noContent },
    handler: async (request, reply) => {
      await moderation.banResident(ctx, actorOf(request), (request.params as Static<typeof PersonParams>).personId, (request.body as Static<typeof BanBody> | undefined)?.reason);
      return reply.code(204).send();
    },
  });
  app.delete('/news/bans/:personId', {
    config: staff,
    schema: { tags, summary: 'Let a resident post again', params: PersonParams, response: noContent },
    handler: async (request, reply) => {
      await moderation.unbanResident(ctx, actorOf(request), (request.params as Static<typeof PersonParams>).personId);
      return reply.code(204).send();
    },
  });
  app.get('/news/:id', {
    config: staff,
    schema: { tags, summary: 'One post with its files, comments (hidden and removed ones too) and reports', params: IdParams, response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); return staffAnswer(ctx, actor, await posts.getStaffPost(ctx, actor, id(request))); },
  });
  app.patch('/news/:id', {
    config: staff,
    schema: { tags, summary: 'Change a post (a sent urgent post is not sent again)', params: IdParams, body: PatchBody, response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); return staffAnswer(ctx, actor, await posts.updatePostFields(ctx, actor, id(request), request.body as Static<typeof PatchBody>)); },
  });
  app.delete('/news/:id', {
    config: staff,
    schema: { tags, summary: 'Delete a post with its comments, likes, reports and files', params: IdParams, response: noContent },
    handler: async (request, reply) => {
      await posts.deletePost(ctx, actorOf(request), id(request));
      return reply.code(204).send();
    },
  });
  app.post('/news/:id/publish', {
    config: staff,
    schema: { tags, summary: 'Publish now, or from publishAt. An urgent post is sent by email (and SMS to those who chose it) to its audience: now in the same transaction, or when its time comes', params: IdParams, body: Type.Optional(PublishBody), response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); return staffAnswer(ctx, actor, await posts.publishPost(ctx, actor, id(request), (request.body as Static<typeof PublishBody> | undefined)?.publishAt)); },
  });
  app.post('/news/:id/unpublish', {
    config: staff,
    schema: { tags, summary: 'Back to a draft: residents no longer see it', params: IdParams, response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); return staffAnswer(ctx, actor, await posts.unpublishPost(ctx, actor, id(request))); },
  });
  app.post('/news/:id/restore', {
    config: staff,
    schema: { tags, summary: 'Show again a post hidden after reports, or removed (its report count starts again)', params: IdParams, response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); await moderation.restorePost(ctx, actor, id(request)); return staffAnswer(ctx, actor, await posts.getStaffPost(ctx, actor, id(request))); },
  });
  app.post('/news/:id/remove', {
    config: staff,
    schema: { tags, summary: 'Take the post off the wall (kept for the record)', params: IdParams, response: { 200: StaffPostAnswer, ...errors } },
    handler: async (request) => { const actor = actorOf(request); await moderation.removePost(ctx, actor, id(request)); return staffAnswer(ctx, actor, await posts.getStaffPost(ctx, actor, id(request))); },
  });
  app.post('/news/:id/comments', {
    config: staff,
    schema: { tags, summary: 'Comment as the agency', params: IdParams, body: CommentBody, response: { 201: StaffPostAnswer, ...errors } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await moderation.addAgencyComment(ctx, actor, id(request), (request.body as Static<typeof CommentBody>).body);
      return reply.code(201).send(await staffAnswer(ctx, actor, await posts.getStaffPost(ctx, actor, id(request))));
    },
  });
  app.delete('/news/:id/comments/:commentId', {
    config: staff,
    schema: { tags, summary: 'Remove a comment', params: CommentParams, response: noContent },
    handler: async (request, reply) => {
      const { id: postId, commentId } = request.params as Static<typeof CommentParams>;
      await moderation.removeComment(ctx, actorOf(request), postId, commentId);
      return reply.code(204).send();
    },
  });
  app.post('/news/:id/comments/:commentId/restore', {
    config: staff,
    schema: { tags, summary: 'Show again a comment hidden after reports, or removed', params: CommentParams, response: noContent },
    handler: async (request, reply) => {
      const { id: postId, commentId } = request.params as Static<typeof CommentParams>;
      await moderation.restoreComment(ctx, actorOf(request), postId, commentId);
      return reply.code(204).send();
    },
  });
  app.get('/news/:id/files/:fileId', {
    config: staff,
    schema: { tags, summary: 'Download a file of the post', params: FileParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { id: postId, fileId } = request.params as Static<typeof FileParams>;
      const { file, body } = await posts.readStaffFile(ctx, actorOf(request), postId, fileId);
      return sendStoredFile(reply, file, body);
    },
  });
  app.delete('/news/:id/files/:fileId', {
    config: staff,
    schema: { tags, summary: 'Remove a file of the post', params: FileParams, response: noContent },
    handler: async (request, reply) => {
      const { id: postId, fileId } = request.params as Static<typeof FileParams>;
      await posts.removePostFile(ctx, actorOf(request), postId, fileId);
      return reply.code(204).send();
    },
  });
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: 10, fields: 0, fieldNameSize: 100, parts: 10, headerPairs: 50 } });
    scope.post('/news/:id/files', {
      config: staff,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, summary: 'Attach images and documents to the post',
        description: `multipart/form-data, 1 to 10 file parts, each judged by its bytes (${ALLOWED_DESCRIPTION}): another type 415 file_type_not_allowed, over ${maxBytes} bytes 413. When one is refused none is kept.`,
        consumes: ['multipart/form-data'], params: IdParams,
        response: { 201: Type.Object({ items: Type.Array(NewsFile) }), ...errors },
      },
      handler: async (request, reply) => {
        refuseForeignUpload(request);
        try {
          const rows = await posts.addPostFiles(ctx, actorOf(request), id(request), multipartFiles(request, limits));
          return reply.code(201).send({ items: rows.map(presentFile('/api/v1/news')) });
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });
  });

  portalNewsRoutes(app, ctx);
}
