// Server refusals in the interface language: the general message, and one message per field
// (the API names fields as paths: `emails.1`, `agency.email`, `fields.0.key`).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldProblems } from '../../api.ts';

/** The sentence for a failed call: the admin wording first, then the app's, then the server's. */
export function adminErrorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  return t(`admin.errors.${error.code}`, {
    defaultValue: t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown') }),
  });
}

const PATTERNS: [RegExp, (t: TFunction, match: RegExpExecArray) => string][] = [
  [/^must NOT have fewer than 1 characters$/, (t) => t('admin.validation.required')],
  [/^must have required property/, (t) => t('admin.validation.required')],
  [/^is required/, (t) => t('admin.validation.required')],
  [/^is empty$/, (t) => t('admin.validation.required')],
  [/^must be >= (\d+)$/, (t, m) => t('admin.validation.min', { min: Number(m[1]) })],
  [/^must be <= (\d+)$/, (t, m) => t('admin.validation.max', { max: Number(m[1]) })],
  [/^must be > (\d+)$/, (t, m) => t('admin.validation.min', { min: Number(m[1]) + 1 })],
  [/^must match format "email"$/, (t) => t('admin.validation.email')],
  [/^must match format "(date|date-time)"$/, (t) => t('admin.validation.date')],
  [/^must match format "uuid"$/, (t) => t('admin.validation.choice')],
  [/^must match pattern/, (t) => t('admin.validation.pattern')],
  [/^must NOT have fewer than (\d+) characters$/, (t, m) => t('admin.validation.minLength', { count: Number(m[1]) })],
  [/^must NOT have more than (\d+) characters$/, (t, m) => t('admin.validation.maxLength', { count: Number(m[1]) })],
  [/^must NOT have fewer than (\d+) items$/, (t, m) => t('admin.validation.minItems', { count: Number(m[1]) })],
  [/^must NOT have more than (\d+) items$/, (t, m) => t('admin.validation.maxItems', { count: Number(m[1]) })],
  [/^must NOT have duplicate items/, (t) => t('admin.validation.duplicate')],
  [/^must be (integer|number)$/, (t) => t('admin.validation.integer')],
  [/^must be equal to (one of the allowed values|constant)|^must match (a|exactly one) schema/, (t) => t('admin.validation.choice')],
  [/^is not a known field$/, (t) => t('admin.validation.unknownField')],
];

/** A field's message from the server, said in the interface language when it is a usual one. */
export function fieldMessage(t: TFunction, message: string): string {
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(t, match);
  }
  return message;
}

/** Errors whose code says all there is to say about the field they name. */
const CODE_MESSAGES: Record<string, string> = {
  unknown_reference: 'admin.validation.unknownReference',
  email_taken: 'admin.validation.emailTaken',
  invalid_period: 'admin.validation.periodOrder',
};

/** One message per field named by the error (the first the server gave for that field). */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  const code = error instanceof ApiError ? error.code : '';
  const byCode = CODE_MESSAGES[code];
  for (const problem of fieldProblems(error)) {
    if (errors[problem.field]) continue;
    errors[problem.field] = byCode ? t(byCode) : fieldMessage(t, problem.message);
  }
  return errors;
}

/** The fields' messages of a failed save (`validation_failed` details by path), then the form's own. */
export function useFieldErrors(error: unknown, local: Record<string, string> = {}): Record<string, string> {
  const { t } = useTranslation();
  return { ...fieldErrors(t, error), ...local };
}
