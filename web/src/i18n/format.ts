// Dates, numbers, money, durations and lists formatted by Intl for the active interface language.
// Intl formatters are costly to build (a list of 50 tickets formats hundreds of values): each
// one is built once per language and options, then reused.
import { useTranslation } from 'react-i18next';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, build: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const listFormat = (locale: string) => cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** Intl formatters bound to the active language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const unit = (value: number, unit: 'hour' | 'minute' | 'second' | 'day') =>
    numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  return {
    locale,
    date: (value: Date | string, style: Intl.DateTimeFormatOptions['dateStyle'] = 'medium') =>
      dateFormat(locale, { dateStyle: style }).format(new Date(value)),
    dateTime: (value: Date | string) => dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    /** A calendar date (`YYYY-MM-DD`) without shifting it through a time zone. */
    calendarDate: (value: string) => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
    number: (value: number) => numberFormat(locale).format(value),
    money: (amountCents: number, currency: string) => numberFormat(locale, { style: 'currency', currency }).format(amountCents / 100),
    currencySymbol: (currency: string) =>
      numberFormat(locale, { style: 'currency', currency })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency,
    list: (items: readonly string[]) => listFormat(locale).format(items),
    /** Minutes as "1 h 30 min". */
    minutes: (total: number) => {
      const hours = Math.floor(total / 60);
      const minutes = total % 60;
      return [hours ? unit(hours, 'hour') : '', minutes || !hours ? unit(minutes, 'minute') : ''].filter(Boolean).join(' ');
    },
    /** A running clock, "01:02:03". */
    clock: (seconds: number) => {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
    },
    /** A reminder period: "7 days", "48 h". */
    period: (every: number, period: 'days' | 'hours') => unit(every, period === 'days' ? 'day' : 'hour'),
  };
}
