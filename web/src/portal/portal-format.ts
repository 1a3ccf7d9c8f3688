// The portal's dates: a day, a day with its time, an appointment's span, in the page's language.
import { useFormat } from '../light/light-format.ts';

export function usePortalFormat() {
  const format = useFormat();
  const { locale } = format;
  return {
    ...format,
    /** A file's size: "245 ko", "1,2 Mo". */
    bytes: (size: number) =>
      size < 1024 * 1024
        ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, size / 1024))
        : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(size / 1024 / 1024),
    dateTime: (value: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    /** "mardi 8 décembre 2026, 09:00 – 11:00". */
    appointment: (startsAt: string, durationMinutes: number) => {
      const start = new Date(startsAt);
      const end = new Date(start.getTime() + durationMinutes * 60_000);
      const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
      const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
      return `${day}, ${time.format(start)} – ${time.format(end)}`;
    },
  };
}
