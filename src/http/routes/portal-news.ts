// The residents' news wall (/portal/news): the wall of their audience today, a post with its
// files and comments, likes, comments, reports, and their own posts on their building's wall.
// Another building's or agency's post is 404 like a missing one. Authors show by the name they
// chose, the agency by its name: no email, phone or unit in any answer.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { NEWS_COMMENT_MAX } from '../../domain/community/news.ts';
import * as wall from '../../community/news/resident-wall.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import { residentOf } from '../access.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { PortalPostAnswer, PortalPostSummary, presentFile, presentPortalComment, presentPortalSummary } from './news-schemas.ts';

const tags = ['portal'];
const read = { access: 'resident' as const };
const write = { access: 'resident_write' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const FileParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });
const CommentParams = Type.Object({ id: Uuid, commentId: Uuid }, { additionalProperties: false });
const WallQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  urgent: Type.Optional(Type.Boolean({ description: 'Only the pinned urgent posts (the portal home)' })),
}, { additionalProperties: false });
const PostBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  body: Type.String({ minLength: 1, maxLength: NEWS_COMMENT_MAX }),
  propertyId: Type.Optional(Uuid),
}, { additionalProperties: false });
const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: NEWS_COMMENT_MAX }) }, { additionalProperties: false });
const ReportBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
const ReportAnswer = Type.Object({ counted: Type.Boolean({ description: 'False when this person had reported it already' }), hidden: Type.Boolean() });

export function portalNewsRoutes(app: FastifyInstance, ctx: AppContext) {
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;
  const page = async (request: Parameters<typeof residentOf>[0], postId: string) => {
    const resident = residentOf(request);
    const answer = await wall.residentPostPage(ctx, resident, postId);
    const viewer = { personId: resident.personId, agencyName: answer.agencyName, liked: answer.liked };
    return {
      post: { ...presentPortalSummary(answer.post, viewer), body: answer.post.body },
      files: answer.files.map(presentFile('/api/v1/portal/news')),
      comments: answer.comments.map((c) => presentPortalComment(c, viewer)),
    };
  };

  app.get('/portal/news', {
    config: read,
    schema: {
      tags, summary: 'The news wall: pinned urgent posts first (until their end), then the rest newest first — what the resident’s audience includes today', querystring: WallQuery,
      response: { 200: Type.Object({ items: Type.Array(PortalPostSummary), nextCursor: Type.Null(), canPost: Type.Boolean(), postingRefusal: Type.Union([Type.String(), Type.Null()]) }), ...errors },
    },
    handler: async (request) => {
      const resident = residentOf(request);
      const query = request.query as Static<typeof WallQuery>;
      const answer = await wall.residentWall(ctx, resident, { limit: query.limit, urgentOnly: query.urgent });
      const viewer = { personId: resident.personId, agencyName: answer.agencyName, liked: answer.liked };
      return { items: answer.posts.map((p) => presentPortalSummary(p, viewer)), nextCursor: null, canPost: answer.canPost, postingRefusal: answer.postingRefusal };
    },
  });
  app.post('/portal/news', {
    config: write,
    schema: { tags, summary: 'Post on the wall of one’s building (when the agency allows: else 403 news_resident_posts_off; a stopped resident 403 news_posting_banned)', body: PostBody, response: { 201: PortalPostAnswer, ...errors } },
    handler: async (request, reply) => {
      const postId = await wall.writeResidentPost(ctx, residentOf(request), request.body as Static<typeof PostBody>);
      return reply.code(201).send(await page(request, postId));
    },
  });
  app.get('/portal/news/:id', {
    config: read,
    schema: { tags, summary: 'A post of the resident’s audience with its files and comments; any other is 404', params: IdParams, response: { 200: PortalPostAnswer, ...errors } },
    handler: async (request) => page(request, id(request)),
  });
  app.post('/portal/news/:id/comments', {
    config: write,
    schema: { tags, summary: 'Comment (409 news_comments_off when the post takes none)', params: IdParams, body: CommentBody, response: { 201: PortalPostAnswer, ...errors } },
    handler: async (request, reply) => {
      await wall.commentOnPost(ctx, residentOf(request), id(request), (request.body as Static<typeof CommentBody>).body);
      return reply.code(201).send(await page(request, id(request)));
    },
  });
  app.put('/portal/news/:id/like', {
    config: write,
    schema: { tags, summary: 'Like the post (once per person; 409 news_likes_off when it takes none)', params: IdParams, response: { 200: Type.Object({ liked: Type.Boolean(), likeCount: Type.Integer() }), ...errors } },
    handler: async (request) => ({ liked: true, likeCount: await wall.setLike(ctx, residentOf(request), id(request), true) }),
  });
  app.delete('/portal/news/:id/like', {
    config: write,
    schema: { tags, summary: 'Take one’s like back', params: IdParams, response: { 200: Type.Object({ liked: Type.Boolean(), likeCount: Type.Integer() }), ...errors } },
    handler: async (request) => ({ liked: false, likeCount: await wall.setLike(ctx, residentOf(request), id(request), false) }),
  });
  app.post('/portal/news/:id/report', {
    config: write,
    schema: { tags, summary: 'Report the post (once per person; at the agency’s count it is hidden until a manager looks)', params: IdParams, body: Type.Optional(ReportBody), response: { 200: ReportAnswer, ...errors } },
    handler: async (request) => wall.reportItem(ctx, residentOf(request), id(request), { reason: (request.body as Static<typeof ReportBody> | undefined)?.reason }),
  });
  app.post('/portal/news/:id/comments/:commentId/report', {
    config: write,
    schema: { tags, summary: 'Report a comment (once per person; at the agency’s count it is hidden)', params: CommentParams, body: Type.Optional(ReportBody), response: { 200: ReportAnswer, ...errors } },
    handler: async (request) => {
      const { id: postId, commentId } = request.params as Static<typeof CommentParams>;
      return wall.reportItem(ctx, residentOf(request), postId, { commentId, reason: (request.body as Static<typeof ReportBody> | undefined)?.reason });
    },
  });
  app.get('/portal/news/:id/files/:fileId', {
    config: read,
    schema: { tags, summary: 'A file of a post the resident may read', params: FileParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { id: postId, fileId } = request.params as Static<typeof FileParams>;
      const { file, body } = await wall.readResidentFile(ctx, residentOf(request), postId, fileId);
      return sendStoredFile(reply, file, body);
    },
  });
}
