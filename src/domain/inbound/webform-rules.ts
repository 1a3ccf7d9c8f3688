// The public web form's rules (DOMAIN.md §9, Web form): how many photos, how quickly a form may
// be sent after it was opened and how long it stays valid, how many requests an address may
// send, and the spam checks (a honeypot field no person fills, a form sent faster than a person
// can). No third-party service: the form token is signed by the server (src/inbound/form-token.ts).

/** A form sent sooner than this after its page opened is a robot's (accepted, nothing created). */
export const WEBFORM_MIN_SECONDS = 3;
/** A form older than this must be opened again (400 form_expired). */
export const WEBFORM_MAX_HOURS = 24;
/** Photos with one request. */
export const WEBFORM_MAX_PHOTOS = 5;
/** Largest photo, whatever ATTACHMENT_MAX_BYTES allows (a phone's photo is 2 to 8 MB). */
export const WEBFORM_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Requests accepted from one address in the window; the next is 429 too_many_attempts. */
export const WEBFORM_SUBMISSIONS_PER_WINDOW = 5;
export const WEBFORM_WINDOW_MINUTES = 10;
/** Any request to the form's POST (bad ones included) from one address in the window. */
export const WEBFORM_REQUESTS_PER_WINDOW = 30;
/** The honeypot field: hidden from people, filled by robots that fill every field. */
export const WEBFORM_HONEYPOT_FIELD = 'website';

/** The messages the form's page sends to the page that frames it (the snippet, src/inbound/webform-embed.ts). */
export const FRAME_MESSAGES = { height: 'gardien:webform:height', scroll: 'gardien:webform:scroll' } as const;

/** The phone numbers the form takes (the master data's Phone schema, src/masterdata/input-fields.ts). */
export const WEBFORM_PHONE_PATTERN = /^\+?[0-9 ().-]{6,24}$/;

export type FormTokenAge = 'valid' | 'too_fast' | 'expired';

/** Whether a form opened at `issuedAt` may be taken at `now`. A token from the future (clock
 * skew between two servers) counts as just opened. */
export function formTokenAge(issuedAt: number, now: number): FormTokenAge {
  const age = now - issuedAt;
  if (age > WEBFORM_MAX_HOURS * 3_600_000) return 'expired';
  if (age < WEBFORM_MIN_SECONDS * 1000) return 'too_fast';
  return 'valid';
}

/** Why a form was taken without creating anything (recorded in inbound_messages, `ignored`). */
export type SpamReason = 'honeypot' | 'too_fast';

/** The text of the ticket: what the sender wrote, then the place they typed (their unit, floor
 * or door; an address when they chose no building), in the agency's words (French). */
export function requestText(description: string, place: { address?: string; unit?: string }): string {
  const lines = [
    place.address?.trim() ? `Adresse indiquée : ${place.address.trim()}` : '',
    place.unit?.trim() ? `Logement, étage, porte : ${place.unit.trim()}` : '',
  ].filter(Boolean);
  return lines.length ? `${description.trim()}\n\n${lines.join('\n')}` : description.trim();
}
