// The rules of the news wall (DOMAIN.md §15): what a post is, how long an urgent one stays
// pinned, when reports hide it, how a resident's name shows to neighbours.

/** `info`: on the wall; `urgent`: pinned on top until its end date and sent by email/SMS. */
export const NEWS_KINDS = ['info', 'urgent'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** How a resident's name shows to their neighbours (chosen in their portal settings). */
export const DISPLAY_NAMES = ['full', 'first_initial'] as const;
export type DisplayName = (typeof DISPLAY_NAMES)[number];
