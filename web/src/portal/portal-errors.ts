// The server's refusals in the resident's words: each code the portal's calls may answer has its
// sentence in both languages; anything else is said plainly (network, or "try again").
import { ApiError } from '../api.ts';
import type { TFunction } from '../light/light-i18n.ts';

const KNOWN = [
  'invalid_credentials', 'too_many_attempts', 'portal_access_ended', 'link_expired', 'link_invalid', 'link_revoked', 'conflict',
  'code_invalid', 'daily_request_limit', 'unknown_reference', 'preview_read_only', 'file_too_large', 'file_type_not_allowed',
  'too_many_files', 'empty_file', 'action_not_available', 'not_found', 'unauthorized', 'not_company_admin', 'not_company_member', 'colleague_email_known',
] as const;

/** The sentence for a failed call. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('portal.errors.unknown');
  if (error.status === 0) return t('portal.errors.network');
  if (error.code === 'daily_request_limit') {
    const limit = (error.details as { perDay?: unknown } | undefined)?.perDay ?? /\b(\d+)\b/.exec(error.message)?.[1];
    return limit !== undefined ? t('portal.errors.daily_request_limit_n', { limit: String(limit) }) : t('portal.errors.daily_request_limit');
  }
  if (error.code === 'validation_failed') return t('portal.errors.validation_failed');
  if ((KNOWN as readonly string[]).includes(error.code)) return t(`portal.errors.${error.code}`);
  if (error.status === 401) return t('portal.errors.unauthorized');
  if (error.status >= 500) return t('portal.errors.unavailable');
  return t('portal.errors.unknown');
}

/** Whether the call failed because the resident is not signed in (any more), or may not be
 * (their access ended): the sign-in page then. */
export function signedOut(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.code === 'portal_access_ended');
}

/** Whether the server refused the password itself (`validation_failed` on a password field). */
export function passwordRefused(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return false;
  const details = error.details;
  const list = Array.isArray(details) ? details : [details];
  return list.some((item) => typeof item === 'object' && item !== null && /password|next/.test(String((item as { field?: unknown }).field)));
}
