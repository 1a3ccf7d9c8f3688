// Dates, numbers, money and durations for the light pages, formatted by Intl in the page's
// language (what they use of the cockpit's i18n/format.ts, on light-i18n.ts instead of i18next).
import { useTranslation } from './light-i18n.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) => cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** Intl formatters bound to the page's language; components render again when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const unit = (value: number, unit: 'hour' | 'minute') => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  return {
    locale,
    date: (value: Date | string, style: Intl.DateTimeFormatOptions['dateStyle'] = 'medium') => dateFormat(locale, { dateStyle: style }).format(new Date(value)),
    /** A calendar date (`YYYY-MM-DD`) without shifting it through a time zone. */
    calendarDate: (value: string) => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
    /** An amount in cents, with its currency: "1 245,50 €", "€1,245.50". */
    money: (amountCents: number, currency: string) => numberFormat(locale, { style: 'currency', currency }).format(amountCents / 100),
    currencySymbol: (currency: string) =>
      numberFormat(locale, { style: 'currency', currency })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency,
    /** Minutes as "1 h 30 min". */
    minutes: (total: number) => {
      const hours = Math.floor(total / 60);
      const minutes = total % 60;
      return [hours ? unit(hours, 'hour') : '', minutes || !hours ? unit(minutes, 'minute') : ''].filter(Boolean).join(' ');
    },
  };
}
