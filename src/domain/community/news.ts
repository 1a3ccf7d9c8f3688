// The rules of the news wall (DOMAIN.md §15): what a post is, how long an urgent one stays
// pinned, when reports hide it, how a resident's name shows to neighbours.

/** `info`: on the wall; `urgent`: pinned on top until its end date and sent by email/SMS. */
export const NEWS_KINDS = ['info', 'urgent'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** How a resident's name shows to their neighbours (chosen in their portal settings). */
export const DISPLAY_NAMES = ['full', 'first_initial'] as const;
export type DisplayName = (typeof DISPLAY_NAMES)[number];

/** Until the resident chooses: first name and initial (the least they give away). */
export const DEFAULT_DISPLAY_NAME: DisplayName = 'first_initial';

/** The agency's settings of the wall (OrganizationSettings.news). */
export interface NewsSettings {
  /** Residents may post on the wall of their building. */
  residentsMayPost: boolean;
  /** Reports after which a post or a comment is hidden until a manager looks (1..50). */
  reportsToHide: number;
}
export const DEFAULT_NEWS_SETTINGS: NewsSettings = { residentsMayPost: false, reportsToHide: 3 };
export const REPORTS_TO_HIDE_RANGE = { min: 1, max: 50 } as const;

/** The settings in force: the stored ones over the defaults, out-of-range counts brought back. */
export function newsSettingsOf(stored: Partial<NewsSettings> | null | undefined): NewsSettings {
  const merged = { ...DEFAULT_NEWS_SETTINGS, ...(stored ?? {}) };
  const count = Number.isInteger(merged.reportsToHide) ? merged.reportsToHide : DEFAULT_NEWS_SETTINGS.reportsToHide;
  return { residentsMayPost: merged.residentsMayPost === true, reportsToHide: Math.min(REPORTS_TO_HIDE_RANGE.max, Math.max(REPORTS_TO_HIDE_RANGE.min, count)) };
}

/**
 * The state words staff read in the list, in the order they win:
 * removed (by a manager), hidden (after N reports), draft (no publication time), scheduled (its
 * time has not come), ended (its end date passed: it left the wall — an info post as an urgent
 * one), pinned (urgent, on top until its end date), published.
 */
export const NEWS_STATES = ['draft', 'scheduled', 'published', 'pinned', 'ended', 'hidden', 'removed'] as const;
export type NewsState = (typeof NEWS_STATES)[number];

export interface PostTimes {
  kind: NewsKind;
  publishAt: Date | null;
  endsAt: Date | null;
  hiddenAt: Date | null;
  removedAt: Date | null;
}

export function newsState(post: PostTimes, now: Date): NewsState {
  if (post.removedAt) return 'removed';
  if (post.hiddenAt) return 'hidden';
  if (!post.publishAt) return 'draft';
  if (post.publishAt > now) return 'scheduled';
  if (post.endsAt && post.endsAt <= now) return 'ended';
  return post.kind === 'urgent' ? 'pinned' : 'published';
}

/** Whether residents see the post on the wall now (their audience aside). */
export function onWall(post: PostTimes, now: Date): boolean {
  const state = newsState(post, now);
  return state === 'published' || state === 'pinned';
}

/** What is wrong with a post's kind and times (a field and a sentence), or null. An urgent post
 * needs an end date (it is pinned until then); any end date comes after the publication. */
export function newsTimesProblem(post: { kind: NewsKind; publishAt: Date | null; endsAt: Date | null }, now: Date): { field: string; message: string } | null {
  if (post.kind === 'urgent' && !post.endsAt) return { field: 'endsAt', message: 'An urgent post needs an end date: it stays pinned until then.' };
  const from = post.publishAt ?? now;
  if (post.endsAt && post.endsAt <= from) return { field: 'endsAt', message: 'The end date comes after the publication.' };
  return null;
}

/** Whether `count` reports hide an item, with the agency's threshold. */
export function reportsHide(count: number, settings: Pick<NewsSettings, 'reportsToHide'>): boolean {
  return count >= settings.reportsToHide;
}

/** A resident's name as neighbours read it: in full, or the first name and the initial of the
 * last word ("Jean-Pierre Durand" → "Jean-Pierre D."). A single word stays as it is. */
export function residentDisplayName(name: string, choice: DisplayName | null | undefined): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if ((choice ?? DEFAULT_DISPLAY_NAME) === 'full' || words.length < 2) return words.join(' ');
  const last = words[words.length - 1]!;
  return `${words[0]} ${last.charAt(0).toLocaleUpperCase('fr')}.`;
}

/** The short text of a post for an email or SMS: its body as text, cut at `max` characters. */
export function shortText(html: string, max = 280): string {
  const text = html.replace(/<br\s*\/?>/gi, ' ').replace(/<\/(p|li|h\d)>/gi, ' ').replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The portal's page of a post. */
export const newsPostUrl = (publicUrl: string, postId: string) => `${publicUrl}/portal/news/${postId}`;

/** The template of the urgent post's email and SMS (src/messages/default-templates/news.ts). */
export const NEWS_URGENT_TEMPLATE = 'news_urgent';

/** Longest comment and resident post, in characters. */
export const NEWS_COMMENT_MAX = 4000;
