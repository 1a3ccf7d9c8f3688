// Sorting for display in the interface language's alphabetical order ("Électricité" before
// "Vitrerie"): one Intl.Collator per language, accents and case ignored (sensitivity base), numbers
// in their value order ("Lot 2" before "Lot 10").
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

const collators = new Map<string, Intl.Collator>();

/** The collator of a language, built once. */
export function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, found);
  }
  return found;
}

/** The interface language now (for sorting outside components). */
export function currentLocale(): string {
  return i18next.resolvedLanguage ?? i18next.language ?? 'fr';
}

/** Compares two labels in the locale's order (the interface language by default). */
export function compareLabels(a: string, b: string, locale = currentLocale()): number {
  return collator(locale).compare(a, b);
}

/** A copy of `items` sorted by `label` in the locale's order (the interface language by default). */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, locale = currentLocale()): T[] {
  const compare = collator(locale).compare;
  return [...items].sort((a, b) => compare(label(a), label(b)));
}

/** Compare and sort bound to the active interface language. */
export function useCollate() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    compare: (a: string, b: string) => collator(locale).compare(a, b),
    sortBy: <T>(items: readonly T[], label: (item: T) => string) => sortByLabel(items, label, locale),
    /** Select options ({ value, label }) in alphabetical order of their labels. */
    options: <T extends { label: string }>(items: readonly T[]) => sortByLabel(items, (item) => item.label, locale),
  };
}
