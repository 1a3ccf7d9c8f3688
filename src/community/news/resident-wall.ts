// The news wall as residents use it (DOMAIN.md §15): the wall (urgent posts pinned first, then
// the rest newest first, only what their audience includes today), a post with its files and
// comments, likes (once per person), comments and reports (once per person and item; at the
// agency's N the item is hidden until a manager looks), and their own posts on the wall of a
// building they live in, when the agency allows and no manager stopped them.
import type { AppContext } from '../../context.ts';
import type { Resident } from '../../auth/resident.ts';
import { DomainError } from '../../domain/errors.ts';
import { reportsHide } from '../../domain/community/news.ts';
import { sanitizeRichText } from '../../tickets/sanitize.ts';
import * as repo from '../../db/repositories/news.ts';
import * as reactions from '../../db/repositories/news-reactions.ts';
import { residentViewer, visiblePost, type ResidentViewer } from './news-access.ts';
import { commentText } from './moderation.ts';
import { openNewsFile } from './staff-posts.ts';

/** Whether the resident may post now, and why not (a stable code). */
async function postingRefusal(ctx: AppContext, resident: Resident, viewer: ResidentViewer): Promise<DomainError | null> {
  if (!viewer.settings.news.residentsMayPost) return new DomainError('news_resident_posts_off', 'The agency does not let residents post on the wall.');
  if (await reactions.isBanned(ctx.db, resident.organizationId, resident.personId)) return new DomainError('news_posting_banned', 'The agency stopped you from posting on the wall.');
  return null;
}

export async function residentWall(ctx: AppContext, resident: Resident, query: { limit?: number; urgentOnly?: boolean }) {
  const viewer = await residentViewer(ctx, resident);
  const posts = await repo.residentWall(ctx.db, resident.organizationId, viewer, { limit: query.limit ?? 50, urgentOnly: query.urgentOnly });
  const liked = await repo.likedBy(ctx.db, resident.personId, posts.map((p) => p.id));
  const refusal = await postingRefusal(ctx, resident, viewer);
  // The buildings they may post on: those they hold a relation in today.
  const propertyIds = [...new Set(viewer.relations.map((r) => r.propertyId))];
  return { posts, liked, agencyName: viewer.organization.name, canPost: refusal === null && propertyIds.length > 0, postingRefusal: refusal?.code ?? null, now: viewer.now };
}

export async function residentPostPage(ctx: AppContext, resident: Resident, id: string) {
  const viewer = await residentViewer(ctx, resident);
  const post = await visiblePost(ctx, resident, viewer, id);
  const [files, comments, liked] = await Promise.all([
    repo.filesOfPost(ctx.db, resident.organizationId, id),
    post.commentsAllowed ? reactions.commentsOf(ctx.db, resident.organizationId, id, { visibleOnly: true }) : Promise.resolve([]),
    repo.likedBy(ctx.db, resident.personId, [id]),
  ]);
  return { post, files, comments, liked, agencyName: viewer.organization.name, now: viewer.now };
}

/** A resident's post on the wall of their building: for the residents of that property. */
export async function writeResidentPost(ctx: AppContext, resident: Resident, input: { title: string; body: string; propertyId?: string }) {
  const viewer = await residentViewer(ctx, resident);
  const refusal = await postingRefusal(ctx, resident, viewer);
  if (refusal) throw refusal;
  const propertyIds = [...new Set(viewer.relations.map((r) => r.propertyId))];
  const propertyId = input.propertyId ?? (propertyIds.length === 1 ? propertyIds[0] : undefined);
  if (!propertyId) throw new DomainError('validation_failed', 'Choose the building whose wall you post on.', [{ in: 'body', field: 'propertyId', message: 'is required' }]);
  if (!propertyIds.includes(propertyId)) throw new DomainError('news_not_your_building', 'You can post only on the wall of a building you live in or own in.');
  const text = commentText(input.body, 'post');
  const now = ctx.clock.now();
  const body = sanitizeRichText(text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join(''));
  const post = await repo.insertPost(ctx.db, {
    organizationId: resident.organizationId, kind: 'info', title: input.title.trim(), body, audience: { propertyIds: [propertyId] },
    authorPersonId: resident.personId, propertyId, publishAt: now, createdAt: now, updatedAt: now,
  });
  return post.id;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function commentOnPost(ctx: AppContext, resident: Resident, id: string, body: string) {
  const viewer = await residentViewer(ctx, resident);
  const post = await visiblePost(ctx, resident, viewer, id);
  if (!post.commentsAllowed) throw new DomainError('news_comments_off', 'Comments are closed on this post.');
  if (await reactions.isBanned(ctx.db, resident.organizationId, resident.personId)) throw new DomainError('news_posting_banned', 'The agency stopped you from posting on the wall.');
  return reactions.insertComment(ctx.db, { organizationId: resident.organizationId, postId: id, authorPersonId: resident.personId, body: commentText(body), createdAt: viewer.now });
}

export async function setLike(ctx: AppContext, resident: Resident, id: string, liked: boolean) {
  const viewer = await residentViewer(ctx, resident);
  const post = await visiblePost(ctx, resident, viewer, id);
  if (!post.likesAllowed) throw new DomainError('news_likes_off', 'Likes are off on this post.');
  if (liked) await reactions.like(ctx.db, id, resident.personId, viewer.now);
  else await reactions.unlike(ctx.db, id, resident.personId);
  return (await repo.findPost(ctx.db, resident.organizationId, id))!.likeCount;
}

/** Reports the post, or one of its comments: once per person; at the agency's N it is hidden. */
export async function reportItem(ctx: AppContext, resident: Resident, id: string, input: { commentId?: string; reason?: string }) {
  const viewer = await residentViewer(ctx, resident);
  await visiblePost(ctx, resident, viewer, id);
  const threshold = viewer.settings.news.reportsToHide;
  return ctx.db.transaction(async (tx) => {
    if (input.commentId) {
      const comment = await reactions.findComment(tx, resident.organizationId, id, input.commentId);
      if (!comment || comment.removedAt || comment.hiddenAt) throw new DomainError('not_found', 'Comment not found.');
      const counted = await reactions.insertReport(tx, { organizationId: resident.organizationId, postId: id, commentId: comment.id, personId: resident.personId, reason: input.reason?.trim() || null, createdAt: viewer.now });
      if (!counted) return { counted: false, hidden: false };
      const after = await reactions.countCommentReport(tx, comment.id, threshold, viewer.now);
      return { counted: true, hidden: after.hiddenAt !== null };
    }
    const counted = await reactions.insertReport(tx, { organizationId: resident.organizationId, postId: id, personId: resident.personId, reason: input.reason?.trim() || null, createdAt: viewer.now });
    if (!counted) return { counted: false, hidden: false };
    const after = await reactions.countPostReport(tx, id, threshold, viewer.now);
    return { counted: true, hidden: after.hiddenAt !== null || reportsHide(after.reportCount, viewer.settings.news) };
  });
}

export async function readResidentFile(ctx: AppContext, resident: Resident, id: string, fileId: string) {
  const viewer = await residentViewer(ctx, resident);
  await visiblePost(ctx, resident, viewer, id);
  const files = await repo.filesOfPost(ctx.db, resident.organizationId, id);
  return openNewsFile(ctx, files.find((f) => f.id === fileId));
}
