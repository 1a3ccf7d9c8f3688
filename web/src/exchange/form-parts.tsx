// The pieces the exchange forms share: a text area, the form frame with its submit button, and
// the messages of a refused answer (appointment-fields.tsx and file-picker.tsx hold the others).
// Sized for thumbs: 16 px text (no zoom on focus), tall controls, one column.
import { type FormEvent, type ReactNode } from 'react';
import { Alert, Button } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import type { TFunction } from '../light/light-i18n.ts';
import { ApiError } from '../api.ts';
import { useFormat } from '../light/light-format.ts';
import { MAX_FILES } from './file-picker.tsx';
import type { ContractorView } from './exchange-types.ts';

/** A comment or a message, tall enough to write on a phone. */
export { TextArea } from '../light/fields.tsx';

/** A server message for a field, in the interface language. */
function fieldMessage(t: TFunction, message: string, english: boolean): string {
  if (/required|fewer than 1 /i.test(message)) return t('exchange.form.required');
  if (/format|date/i.test(message)) return t('exchange.form.invalidDate');
  if (/more than/i.test(message)) return t('exchange.form.tooLong');
  if (/>=|<=|minimum|maximum|integer|number/i.test(message)) return t('exchange.form.invalidNumber');
  return english ? message : t('exchange.form.invalid');
}

/** The messages to show next to each field: the device's own checks, then the server's. */
export function useFieldErrors(local: Record<string, string>, server: Record<string, string>): Record<string, string | undefined> {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const errors: Record<string, string | undefined> = {};
  for (const [field, message] of Object.entries(server)) errors[field] = fieldMessage(t, message, english);
  return { ...errors, ...local };
}

/** A file size limit in megabytes, for the messages ("20 Mo", "20 MB"). */
export function useMegabytes() {
  const format = useFormat();
  return (bytes: number) => new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(bytes / 1_048_576);
}

/** The sentence for a refused answer (a field problem is shown next to its field instead). */
export function answerProblem(t: TFunction, error: unknown, maxBytes: (bytes: number) => string): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return t('exchange.errors.unknown');
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  const filename = typeof details.filename === 'string' ? details.filename : '';
  switch (error.code) {
    case 'validation_failed':
      return t('exchange.errors.validation_failed');
    case 'file_too_large':
      return typeof details.maxBytes === 'number'
        ? t('exchange.errors.file_too_large', { filename, max: maxBytes(details.maxBytes) })
        : t('exchange.errors.file_too_large_plain');
    case 'file_type_not_allowed':
      return t('exchange.errors.file_type_not_allowed', { filename });
    case 'empty_file':
      return t('exchange.errors.empty_file', { filename });
    case 'too_many_files':
      return t('exchange.errors.too_many_files', { max: MAX_FILES });
    case 'action_not_available':
      return t('exchange.errors.action_not_available');
    case 'too_many_attempts':
      return t('exchange.errors.too_many_attempts');
    case 'network_error':
      return t('exchange.errors.network_error');
    default:
      return t('exchange.errors.unknown');
  }
}

interface AnswerFormProps {
  children: ReactNode;
  onSubmit: () => void;
  pending: boolean;
  submitLabel: string;
  error: unknown;
  /** Something the device found before sending (the fields say what). */
  invalid?: boolean;
  /** `danger`: the button says no (refusing). */
  tone?: 'primary' | 'danger';
  secondary?: ReactNode;
}

/** A form with its fields, what went wrong, and one large submit button. */
export function AnswerForm({ children, onSubmit, pending, submitLabel, error, invalid, tone, secondary }: AnswerFormProps) {
  const { t } = useTranslation();
  const megabytes = useMegabytes();
  const problem = invalid ? t('exchange.errors.checkFields') : answerProblem(t, error, megabytes);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="stack">
        {children}
        {problem && <Alert>{problem}</Alert>}
        <Button type="submit" size="lg" fullWidth loading={pending} tone={tone}>
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </form>
  );
}

/** What every contractor's form gets: the page's data. */
export interface FormProps {
  view: ContractorView;
}

/** A text typed, trimmed; undefined when left blank (an optional field). */
export const optional = (text: string) => (text.trim() ? text.trim() : undefined);
