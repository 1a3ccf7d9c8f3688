// The news wall as managers write it (DOMAIN.md §15): list, write and change a post (info or
// urgent, rich text, audience, end date, comments and likes allowed), publish it now or from a set
// time (an urgent one is then fanned out, see fan-out-urgent-post.ts), attach images and files,
// delete it. A post may carry a ticket's updates: created from the ticket's page with its number,
// it is for the ticket's property unless another audience is given.
import type { Readable } from 'node:stream';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { Audience } from '../../domain/community/audience.ts';
import { newsTimesProblem, type NewsKind } from '../../domain/community/news.ts';
import { sanitizeRichText } from '../../tickets/sanitize.ts';
import type { IncomingFile } from '../../tickets/upload-attachments.ts';
import { storeItemFiles } from '../item-files.ts';
import { visibleTicket } from '../../tickets/ticket-access.ts';
import { StoredFileMissing } from '../../channels/file-store.ts';
import { deleteStoredFiles } from '../../inbound/inbound-files.ts';
import * as repo from '../../db/repositories/news.ts';
import * as reactions from '../../db/repositories/news-reactions.ts';
import { checkedAudience, ownPost, staffNews } from './news-access.ts';
import { fanOutPost } from './fan-out-urgent-post.ts';
import { queueWebhookEvents } from '../../webhooks/queue-webhook-deliveries.ts';
import { newsPublishedEvent } from '../../webhooks/community-webhook-events.ts';

/** Most files on one post. */
export const NEWS_MAX_FILES = 20;

export interface PostInput {
  kind?: NewsKind;
  title?: string;
  body?: string;
  audience?: Audience;
  endsAt?: string | null;
  commentsAllowed?: boolean;
  likesAllowed?: boolean;
}

const date = (value: string | null | undefined, field: string): Date | null | undefined => {
  if (value === undefined || value === null) return value;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new DomainError('validation_failed', `${field} is not a date and time.`, [{ in: 'body', field, message: 'is not a date-time' }]);
  return parsed;
};

function checkTimes(post: { kind: NewsKind; publishAt: Date | null; endsAt: Date | null }, now: Date) {
  const problem = newsTimesProblem(post, now);
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
}

export async function listStaffPosts(ctx: AppContext, actor: Actor, query: { limit?: number; cursor?: string; ticketNumber?: number; moderation?: boolean }) {
  await staffNews(ctx, actor);
  let ticketId: string | undefined;
  if (query.ticketNumber !== undefined) ticketId = (await visibleTicket(ctx, actor, query.ticketNumber)).id;
  return repo.listPosts(ctx.db, actor.organizationId, { limit: query.limit ?? 25, cursor: query.cursor, ticketId, moderation: query.moderation });
}

export async function getStaffPost(ctx: AppContext, actor: Actor, id: string) {
  await staffNews(ctx, actor);
  const post = await ownPost(ctx, actor.organizationId, id);
  const [files, comments, reports] = await Promise.all([
    repo.filesOfPost(ctx.db, actor.organizationId, id),
    reactions.commentsOf(ctx.db, actor.organizationId, id, { visibleOnly: false }),
    reactions.reportsOf(ctx.db, actor.organizationId, id),
  ]);
  return { post, files, comments, reports };
}

/** Writes a draft; with `ticketNumber`, a post carrying that ticket's updates (its property by default). */
export async function createPost(ctx: AppContext, actor: Actor, input: PostInput & { title: string; ticketNumber?: number }) {
  await staffNews(ctx, actor);
  const now = ctx.clock.now();
  const ticket = input.ticketNumber !== undefined ? await visibleTicket(ctx, actor, input.ticketNumber) : undefined;
  const audienceGiven = input.audience ?? (ticket?.propertyId ? { propertyIds: [ticket.propertyId] } : undefined);
  if (!audienceGiven) throw new DomainError('validation_failed', 'Say who the post is for (audience).', [{ in: 'body', field: 'audience', message: 'is required' }]);
  const kind = input.kind ?? 'info';
  const endsAt = date(input.endsAt, 'endsAt') ?? null;
  checkTimes({ kind, publishAt: null, endsAt }, now);
  const post = await repo.insertPost(ctx.db, {
    organizationId: actor.organizationId, kind, title: input.title.trim(), body: sanitizeRichText(input.body ?? ''),
    audience: await checkedAudience(ctx, actor.organizationId, audienceGiven), authorUserId: actor.userId, ticketId: ticket?.id ?? null,
    endsAt, commentsAllowed: input.commentsAllowed ?? true, likesAllowed: input.likesAllowed ?? true, createdAt: now, updatedAt: now,
  });
  return getStaffPost(ctx, actor, post.id);
}

/** Changes a post; a published urgent post is not sent again. */
export async function updatePostFields(ctx: AppContext, actor: Actor, id: string, input: PostInput) {
  await staffNews(ctx, actor);
  const before = await ownPost(ctx, actor.organizationId, id);
  const now = ctx.clock.now();
  const kind = input.kind ?? before.kind;
  const endsAt = input.endsAt === undefined ? before.endsAt : (date(input.endsAt, 'endsAt') ?? null);
  checkTimes({ kind, publishAt: before.publishAt, endsAt }, now);
  await repo.updatePost(ctx.db, actor.organizationId, id, {
    kind, endsAt,
    ...(input.title !== undefined ? { title: input.title.trim() } : {}),
    ...(input.body !== undefined ? { body: sanitizeRichText(input.body) } : {}),
    ...(input.audience ? { audience: await checkedAudience(ctx, actor.organizationId, input.audience) } : {}),
    ...(input.commentsAllowed !== undefined ? { commentsAllowed: input.commentsAllowed } : {}),
    ...(input.likesAllowed !== undefined ? { likesAllowed: input.likesAllowed } : {}),
    updatedAt: now,
  });
  return getStaffPost(ctx, actor, id);
}

/** Publishes now, or from `at`. An urgent post published now is fanned out in this same
 * transaction; one published for later, by the automation pass when its time comes; one sent
 * already is not sent again. */
export async function publishPost(ctx: AppContext, actor: Actor, id: string, at?: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  const now = ctx.clock.now();
  const publishAt = date(at, 'publishAt') ?? now;
  await ctx.db.transaction(async (tx) => {
    const post = (await repo.lockPost(tx, actor.organizationId, id))!;
    checkTimes({ kind: post.kind, publishAt, endsAt: post.endsAt }, now);
    const published = (await repo.updatePost(tx, actor.organizationId, id, { publishAt, updatedAt: now }))!;
    // Sent once: published again (after "back to draft"), it is not sent again.
    if (published.kind === 'urgent' && publishAt <= now && !post.fannedOutAt) await fanOutPost(ctx, tx, published);
    await queueWebhookEvents(tx, { ...ctx, db: tx }, [newsPublishedEvent(published, ctx.config.publicUrl)]);
  });
  return getStaffPost(ctx, actor, id);
}

/** Back to a draft (residents no longer see it); an urgent post already sent stays sent. */
export async function unpublishPost(ctx: AppContext, actor: Actor, id: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  await repo.updatePost(ctx.db, actor.organizationId, id, { publishAt: null, updatedAt: ctx.clock.now() });
  return getStaffPost(ctx, actor, id);
}

/** Deletes the post with its comments, likes, reports and files (rows, then bytes). */
export async function deletePost(ctx: AppContext, actor: Actor, id: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  const files = await repo.filesOfPost(ctx.db, actor.organizationId, id);
  await repo.deletePost(ctx.db, actor.organizationId, id);
  await deleteStoredFiles(ctx, files.map((f) => f.storageKey));
}

/** Stores the files sent (checked by their bytes, as ticket attachments); all or none. */
export async function addPostFiles(ctx: AppContext, actor: Actor, id: string, files: AsyncIterable<IncomingFile>) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  const existing = (await repo.filesOfPost(ctx.db, actor.organizationId, id)).length;
  return storeItemFiles(ctx, actor.organizationId, files, { existing, max: NEWS_MAX_FILES, tooMany: `A post holds at most ${NEWS_MAX_FILES} files.` }, (checked) =>
    repo.insertFiles(ctx.db, checked.map((file) => ({
      filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256, storageKey: file.storageKey, organizationId: actor.organizationId, postId: id, createdAt: ctx.clock.now(),
    }))));
}

export async function removePostFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await staffNews(ctx, actor);
  const file = await repo.deleteFile(ctx.db, actor.organizationId, id, fileId);
  if (!file) throw notFound('File');
  await deleteStoredFiles(ctx, [file.storageKey]);
}

export async function openNewsFile(ctx: AppContext, file: repo.NewsFileRow | undefined): Promise<{ file: repo.NewsFileRow; body: Readable }> {
  if (!file) throw notFound('File');
  try {
    return { file, body: await ctx.files.get(file.storageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This file is listed but its content is missing from storage.', { id: file.id });
    throw error;
  }
}

export async function readStaffFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await staffNews(ctx, actor);
  const files = await repo.filesOfPost(ctx.db, actor.organizationId, id);
  return openNewsFile(ctx, files.find((f) => f.id === fileId));
}
