// Dates, numbers and lists formatted by Intl for the active interface language.
import { useTranslation } from 'react-i18next';

/** Intl formatters bound to the active language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    locale,
    date: (value: Date | string, style: Intl.DateTimeFormatOptions['dateStyle'] = 'medium') =>
      new Intl.DateTimeFormat(locale, { dateStyle: style }).format(new Date(value)),
    dateTime: (value: Date | string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    money: (amountCents: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountCents / 100),
    list: (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}
