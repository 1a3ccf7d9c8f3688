// The appointment the exchange forms ask for: date, time and planned duration, checked before
// sending, sent with the agency's offset.
import { NativeSelect, TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import type { TFunction } from '../light/light-i18n.ts';
import { useFormat } from '../light/light-format.ts';

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
      <TextInput type="date" required label={dateLabel ?? t('exchange.form.date')} value={value.date} onChange={(date) => onChange({ ...value, date })} error={errors.date ?? errors.startsAt} />
      <TextInput type="time" required label={timeLabel ?? t('exchange.form.time')} value={value.time} onChange={(time) => onChange({ ...value, time })} error={errors.time} />
      {withDuration && (
        <NativeSelect required label={t('exchange.form.duration')} value={value.duration} onChange={(duration) => onChange({ ...value, duration })} error={errors.durationMinutes}>
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
