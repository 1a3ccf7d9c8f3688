// The news wall's answers (staff and portal) and the way rows become them. A resident's answers
// name authors by the name they chose (full, or first name and initial) and the agency by its
// name — never an email, phone or unit.
import { Type, type Static } from '@sinclair/typebox';
import { NEWS_KINDS, NEWS_STATES, newsState, residentDisplayName } from '../../domain/community/news.ts';
import { AudienceSchema } from '../schemas/audience.ts';
import type { NewsFileRow, PostWithAuthor } from '../../db/repositories/news.ts';
import type { CommentWithAuthor } from '../../db/repositories/news-reactions.ts';

export const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export { AudienceSchema };

export const NewsFile = Type.Object({ id: Type.String(), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), url: Type.String() });
const Author = Type.Object({ kind: literals(['agency', 'resident'] as const), name: Type.String() });

export const StaffPost = Type.Object({
  id: Type.String(), kind: literals(NEWS_KINDS), title: Type.String(), body: Type.String(), audience: AudienceSchema,
  state: literals(NEWS_STATES), publishAt: Nullable(Type.String()), endsAt: Nullable(Type.String()),
  commentsAllowed: Type.Boolean(), likesAllowed: Type.Boolean(), fannedOutAt: Nullable(Type.String()),
  likeCount: Type.Integer(), commentCount: Type.Integer(), reportCount: Type.Integer(),
  hiddenAt: Nullable(Type.String()), removedAt: Nullable(Type.String()),
  author: Type.Object({ kind: literals(['agency', 'resident'] as const), name: Type.String(), personId: Nullable(Type.String()) }),
  propertyId: Nullable(Type.String()), ticketNumber: Nullable(Type.Integer()),
  createdAt: Type.String(), updatedAt: Type.String(),
});
export const StaffSummary = Type.Omit(StaffPost, ['body']);
export const StaffComment = Type.Object({
  id: Type.String(), body: Type.String(), author: Type.Object({ kind: literals(['agency', 'resident'] as const), name: Type.String(), personId: Nullable(Type.String()) }),
  reportCount: Type.Integer(), hiddenAt: Nullable(Type.String()), removedAt: Nullable(Type.String()), createdAt: Type.String(),
});
export const StaffReport = Type.Object({ id: Type.String(), commentId: Nullable(Type.String()), reason: Nullable(Type.String()), personId: Type.String(), personName: Type.String(), createdAt: Type.String() });
export const StaffPostAnswer = Type.Object({ post: StaffPost, files: Type.Array(NewsFile), comments: Type.Array(StaffComment), reports: Type.Array(StaffReport) });

export const PortalPostSummary = Type.Object({
  id: Type.String(), kind: literals(NEWS_KINDS), title: Type.String(), excerpt: Type.String(), pinned: Type.Boolean(),
  publishedAt: Type.String(), endsAt: Nullable(Type.String()), author: Author, mine: Type.Boolean(),
  commentsAllowed: Type.Boolean(), likesAllowed: Type.Boolean(), likeCount: Type.Integer(), commentCount: Type.Integer(), liked: Type.Boolean(),
});
export const PortalComment = Type.Object({ id: Type.String(), body: Type.String(), author: Author, mine: Type.Boolean(), createdAt: Type.String() });
export const PortalPostAnswer = Type.Object({ post: Type.Object({ ...PortalPostSummary.properties, body: Type.String() }), files: Type.Array(NewsFile), comments: Type.Array(PortalComment) });

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The post's first words, as text. */
export function excerpt(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Who wrote it, as neighbours read it. */
function authorOf(row: { authorPersonId: string | null; authorName: string | null; authorPreferences: { displayName?: 'full' | 'first_initial' } | null }, agencyName: string) {
  if (!row.authorPersonId) return { kind: 'agency' as const, name: agencyName };
  return { kind: 'resident' as const, name: residentDisplayName(row.authorName ?? '', row.authorPreferences?.displayName) };
}

export const presentFile = (base: string) => (row: NewsFileRow) => ({ id: row.id, filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes, url: `${base}/${row.postId}/files/${row.id}` });

export function presentStaffPost(row: PostWithAuthor, agencyName: string, now: Date): Static<typeof StaffPost> {
  return {
    id: row.id, kind: row.kind, title: row.title, body: row.body, audience: row.audience, state: newsState(row, now),
    publishAt: iso(row.publishAt), endsAt: iso(row.endsAt), commentsAllowed: row.commentsAllowed, likesAllowed: row.likesAllowed, fannedOutAt: iso(row.fannedOutAt),
    likeCount: row.likeCount, commentCount: row.commentCount, reportCount: row.reportCount, hiddenAt: iso(row.hiddenAt), removedAt: iso(row.removedAt),
    // Staff read the resident's full name.
    author: row.authorPersonId ? { kind: 'resident', name: row.authorName ?? '', personId: row.authorPersonId } : { kind: 'agency', name: agencyName, personId: null },
    propertyId: row.propertyId, ticketNumber: row.ticketNumber, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentStaffComment(row: CommentWithAuthor, agencyName: string): Static<typeof StaffComment> {
  return {
    id: row.id, body: row.body, reportCount: row.reportCount, hiddenAt: iso(row.hiddenAt), removedAt: iso(row.removedAt), createdAt: row.createdAt.toISOString(),
    author: row.authorPersonId ? { kind: 'resident', name: row.authorName ?? '', personId: row.authorPersonId } : { kind: 'agency', name: agencyName, personId: null },
  };
}

export function presentPortalSummary(row: PostWithAuthor, viewer: { personId: string; agencyName: string; liked: Set<string> }): Static<typeof PortalPostSummary> {
  return {
    id: row.id, kind: row.kind, title: row.title, excerpt: excerpt(row.body), pinned: row.kind === 'urgent',
    publishedAt: row.publishAt!.toISOString(), endsAt: iso(row.endsAt), author: authorOf(row, viewer.agencyName), mine: row.authorPersonId === viewer.personId,
    commentsAllowed: row.commentsAllowed, likesAllowed: row.likesAllowed, likeCount: row.likeCount, commentCount: row.commentCount, liked: viewer.liked.has(row.id),
  };
}

export function presentPortalComment(row: CommentWithAuthor, viewer: { personId: string; agencyName: string }): Static<typeof PortalComment> {
  return { id: row.id, body: row.body, author: authorOf(row, viewer.agencyName), mine: row.authorPersonId === viewer.personId, createdAt: row.createdAt.toISOString() };
}
