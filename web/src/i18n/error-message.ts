// Turns a failed API call into a sentence in the interface language.
import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';

/** The translated message for an error code, else the server's own message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown') });
  }
  return t('errors.unknown');
}
