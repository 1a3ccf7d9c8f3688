// The pieces the exchange forms share: an appointment (date, time, planned duration), an amount
// in euros, photos and files (with the phone's camera), and the messages of a refused answer.
// Sized for thumbs: 16 px text (no zoom on focus), tall controls, one column.
import { useId, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, CloseButton, FileButton, Group, List, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';
import { useFormat } from '../i18n/format.ts';

/** The planned durations offered, in minutes. */
export const DURATIONS = [15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 420, 480, 600, 720] as const;

export interface AppointmentValue {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  /** Minutes, as text ('' when not chosen). */
  duration: string;
}

/** The local date and time of an instant, as the date and time inputs hold them. */
export function appointmentValue(startsAt: string | null | undefined, durationMinutes?: number | null): AppointmentValue {
  const value: AppointmentValue = { date: '', time: '', duration: durationMinutes ? String(durationMinutes) : '' };
  if (!startsAt) return value;
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ...value, date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, time: `${pad(date.getHours())}:${pad(date.getMinutes())}` };
}

/** The instant of a local date and time, in ISO 8601 with the device's offset (`…T09:00:00+02:00`). */
export function isoWithOffset(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return undefined;
  const instant = new Date(`${date}T${time}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  const offset = -instant.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time.slice(0, 5)}:00${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** Checks an appointment on the device before sending it; the messages are by field. */
export function checkAppointment(t: TFunction, value: AppointmentValue, { withDuration = true, future = true } = {}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!value.date) errors.date = t('exchange.form.dateRequired');
  if (!value.time) errors.time = t('exchange.form.timeRequired');
  if (withDuration && !value.duration) errors.durationMinutes = t('exchange.form.durationRequired');
  const startsAt = isoWithOffset(value.date, value.time);
  if (value.date && value.time && !startsAt) errors.date = t('exchange.form.invalidDate');
  if (future && startsAt && new Date(startsAt).getTime() < Date.now() - 5 * 60_000) errors.date = t('exchange.form.pastDate');
  return errors;
}

interface AppointmentFieldsProps {
  value: AppointmentValue;
  onChange: (value: AppointmentValue) => void;
  errors: Record<string, string | undefined>;
  withDuration?: boolean;
  dateLabel?: string;
  timeLabel?: string;
}

/** Date, time and planned duration, each with the phone's own picker. */
export function AppointmentFields({ value, onChange, errors, withDuration = true, dateLabel, timeLabel }: AppointmentFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <TextInput
        type="date"
        size="md"
        required
        label={dateLabel ?? t('exchange.form.date')}
        value={value.date}
        onChange={(event) => onChange({ ...value, date: event.currentTarget.value })}
        error={errors.date ?? errors.startsAt}
      />
      <TextInput
        type="time"
        size="md"
        required
        label={timeLabel ?? t('exchange.form.time')}
        value={value.time}
        onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
        error={errors.time}
      />
      {withDuration && (
        <NativeSelect
          size="md"
          required
          label={t('exchange.form.duration')}
          value={value.duration}
          onChange={(event) => onChange({ ...value, duration: event.currentTarget.value })}
          error={errors.durationMinutes}
        >
          <option value="">{t('exchange.form.durationPick')}</option>
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {format.minutes(minutes)}
            </option>
          ))}
        </NativeSelect>
      )}
    </>
  );
}

/** A comment or a message, tall enough to write on a phone. */
export function TextArea(props: { label: string; value: string; onChange: (value: string) => void; error?: string; required?: boolean; description?: string; placeholder?: string }) {
  const { label, value, onChange, error, required, description, placeholder } = props;
  return (
    <Textarea
      size="md"
      autosize
      minRows={3}
      maxRows={10}
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      error={error}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

const DOCUMENTS = 'image/*,application/pdf,text/plain,.docx,.xlsx,.odt,.ods,.heic,.heif';
/** At most this many files go with one answer (the server's limit). */
export const MAX_FILES = 10;

interface FilePickerProps {
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** Photos: offers the camera first. */
  photos?: boolean;
  multiple?: boolean;
  error?: string;
  description?: string;
}

/** Photos taken with the camera or files chosen from the phone, listed with a way to remove each. */
export function FilePicker({ label, files, onChange, photos = false, multiple = true, error, description }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const add = (picked: File[] | File | null) => {
    const list = picked ? (Array.isArray(picked) ? picked : [picked]) : [];
    onChange(multiple ? [...files, ...list].slice(0, MAX_FILES) : list.slice(0, 1));
  };
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-error` : undefined}>
      <Text id={`${id}-label`} fw={600} size="md">
        {label}
      </Text>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        {photos && (
          <FileButton onChange={add} accept="image/*" capture="environment" multiple={multiple}>
            {(props) => (
              <Button {...props} size="md" variant="light" miw={150}>
                {t('exchange.files.takePhoto')}
              </Button>
            )}
          </FileButton>
        )}
        <FileButton onChange={add} accept={photos ? 'image/*' : DOCUMENTS} multiple={multiple}>
          {(props) => (
            <Button {...props} size="md" variant="default" miw={150}>
              {photos ? t('exchange.files.choosePhotos') : multiple ? t('exchange.files.chooseFiles') : t('exchange.files.chooseFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('exchange.files.chosen', { label })}>
          {files.map((file, index) => (
            <List.Item key={`${file.name}-${index}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}
                </Text>
                <CloseButton size="lg" aria-label={t('exchange.files.remove', { name: file.name })} onClick={() => onChange(files.filter((_, i) => i !== index))} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {error && (
        <Text id={`${id}-error`} size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

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
  color?: string;
  secondary?: ReactNode;
}

/** A form with its fields, what went wrong, and one large submit button. */
export function AnswerForm({ children, onSubmit, pending, submitLabel, error, invalid, color, secondary }: AnswerFormProps) {
  const { t } = useTranslation();
  const megabytes = useMegabytes();
  const problem = invalid ? t('exchange.errors.checkFields') : answerProblem(t, error, megabytes);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {children}
        {problem && (
          <Alert color="red" variant="light" role="alert" p="sm">
            {problem}
          </Alert>
        )}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={pending}
          color={color}
          styles={{ root: { height: 'auto', minHeight: 50, paddingBlock: 10 }, label: { whiteSpace: 'normal', textAlign: 'center' } }}
        >
          {submitLabel}
        </Button>
        {secondary}
      </Stack>
    </form>
  );
}
