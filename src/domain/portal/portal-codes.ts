// The residents' portal's codes (DOMAIN.md §13): what a portal secret is for, feedback ratings
// and reasons, the resident's preferences, and how long each secret lives.
import { DEFAULT_DISPLAY_NAME, type DisplayName } from '../community/news.ts';

/** What a portal secret opens. Links carry 256 random bits; codes are printed for a person to type. */
export const PORTAL_TOKEN_PURPOSES = [
  /** An emailed invitation of one person: valid INVITATION_DAYS, used once to register. */
  'invitation',
  /** A one-time sign-in link asked from the sign-in page. */
  'sign_in',
  /** A password reset link. */
  'password_reset',
  /** A letter's code for one unit (the printable letters of a property): registers its current occupants. */
  'letter_code',
  /** A unit's permanent code (until regenerated): registers its current occupants. */
  'unit_code',
] as const;
export type PortalTokenPurpose = (typeof PORTAL_TOKEN_PURPOSES)[number];

/** How long each secret lives, in minutes (null: until revoked). */
export const PORTAL_TOKEN_LIFETIME_MINUTES: Record<PortalTokenPurpose, number | null> = {
  invitation: 14 * 24 * 60,
  sign_in: 20,
  password_reset: 60,
  letter_code: 90 * 24 * 60,
  unit_code: null,
};

/** Reminders of an invitation not taken up: days after it was sent, at most this many. */
export const INVITATION_REMINDER = { afterDays: 5, max: 2 } as const;

/** A person's portal state as staff read it (the stored state, and "expired" read from the secrets). */
export const PORTAL_STATES = ['none', 'invited', 'active', 'expired', 'deactivated'] as const;
export type PortalState = (typeof PORTAL_STATES)[number];

export const FEEDBACK_RATINGS = ['good', 'fair', 'bad'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** The reasons a requester may pick with their rating (the comment says the rest). */
export const FEEDBACK_REASONS = ['quick', 'quality', 'communication', 'too_slow', 'not_fixed', 'contractor_behaviour', 'no_news', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** What a resident chooses to hear about (the portal's "Notifications"), each on by default. */
export interface ResidentPreferences {
  /** Messages by SMS as well as email (when the person has a mobile number). */
  sms?: boolean;
  /** Steps of their own requests (validated, appointment, work done, closed). */
  ownRequests?: boolean;
  /** Steps of the tickets they watch without having asked (a neighbour's, the council's). */
  watched?: boolean;
  /** Messages from the manager (always on: a message is for them). */
  /** How neighbours read their name on the news wall: in full, or first name and initial. */
  displayName?: DisplayName;
}

export const DEFAULT_PREFERENCES: Required<Pick<ResidentPreferences, 'sms' | 'ownRequests' | 'watched' | 'displayName'>> = { sms: false, ownRequests: true, watched: true, displayName: DEFAULT_DISPLAY_NAME };

/** The preferences in force: the stored ones over the defaults. */
export function preferencesOf(stored: ResidentPreferences | null | undefined) {
  return { ...DEFAULT_PREFERENCES, ...(stored ?? {}) };
}
