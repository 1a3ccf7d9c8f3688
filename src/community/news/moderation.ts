// Moderation of the news wall by managers (DOMAIN.md §15): a post or comment hidden after N
// reports comes back when a manager restores it (its count starts again from zero; the same
// residents cannot report it twice) or goes for good when they remove it; the agency comments
// under a post; a resident can be stopped from posting and commenting, and let again.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { NEWS_COMMENT_MAX } from '../../domain/community/news.ts';
import * as repo from '../../db/repositories/news.ts';
import * as reactions from '../../db/repositories/news-reactions.ts';
import { ownPost, staffNews } from './news-access.ts';

export async function restorePost(ctx: AppContext, actor: Actor, id: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  await repo.updatePost(ctx.db, actor.organizationId, id, { hiddenAt: null, removedAt: null, removedById: null, reportCount: 0, updatedAt: ctx.clock.now() });
}

/** Takes the post off the wall for good (kept for the record; deleting it is DELETE). */
export async function removePost(ctx: AppContext, actor: Actor, id: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  const now = ctx.clock.now();
  await repo.updatePost(ctx.db, actor.organizationId, id, { removedAt: now, removedById: actor.userId, updatedAt: now });
}

/** The text of a comment (or of a resident's post), trimmed; empty or too long is a 400. */
export function commentText(body: string, what: 'comment' | 'post' = 'comment'): string {
  const text = body.trim();
  if (!text) throw new DomainError('validation_failed', `The ${what} is empty.`, [{ in: 'body', field: 'body', message: 'is empty' }]);
  if (text.length > NEWS_COMMENT_MAX) throw new DomainError('validation_failed', `A ${what} holds at most ${NEWS_COMMENT_MAX} characters.`, [{ in: 'body', field: 'body', message: 'is too long' }]);
  return text;
}

/** The agency's comment under a post (also how a ticket's updates reach its post). */
export async function addAgencyComment(ctx: AppContext, actor: Actor, id: string, body: string) {
  await staffNews(ctx, actor);
  await ownPost(ctx, actor.organizationId, id);
  return reactions.insertComment(ctx.db, { organizationId: actor.organizationId, postId: id, authorUserId: actor.userId, body: commentText(body), createdAt: ctx.clock.now() });
}

export async function removeComment(ctx: AppContext, actor: Actor, id: string, commentId: string) {
  await staffNews(ctx, actor);
  const now = ctx.clock.now();
  const comment = await reactions.setCommentShown(ctx.db, actor.organizationId, id, commentId, { removedAt: now, removedById: actor.userId });
  if (!comment) throw notFound('Comment');
}

export async function restoreComment(ctx: AppContext, actor: Actor, id: string, commentId: string) {
  await staffNews(ctx, actor);
  const comment = await reactions.setCommentShown(ctx.db, actor.organizationId, id, commentId, { hiddenAt: null, removedAt: null, removedById: null, reportCount: 0 });
  if (!comment) throw notFound('Comment');
}

export async function listBans(ctx: AppContext, actor: Actor) {
  await staffNews(ctx, actor);
  return reactions.listBans(ctx.db, actor.organizationId);
}

/** Stops a resident of the agency from posting and commenting (another agency's person: 404). */
export async function banResident(ctx: AppContext, actor: Actor, personId: string, reason?: string) {
  await staffNews(ctx, actor);
  if (!(await reactions.personOfAgency(ctx.db, actor.organizationId, personId))) throw notFound('Person');
  await reactions.insertBan(ctx.db, { organizationId: actor.organizationId, personId, reason: reason?.trim() || null, bannedById: actor.userId, createdAt: ctx.clock.now() });
}

export async function unbanResident(ctx: AppContext, actor: Actor, personId: string) {
  await staffNews(ctx, actor);
  if (!(await reactions.deleteBan(ctx.db, actor.organizationId, personId))) throw notFound('Ban');
}
