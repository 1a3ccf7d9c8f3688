// Translations for the light pages (the parties' pages, the sign-in page), without i18next: they
// use plain keys and `{{value}}` interpolation only, so a few lines do, and the page is spared
// i18next's weight. The same languages and the same stored choice as the cockpit (i18n/index.ts);
// each page brings only the sections of the translations it speaks (web/i18n-sections.ts), and
// English is fetched only when used.
import { useMemo, useSyncExternalStore } from 'react';
import { defaultLanguage, isLanguageCode, languageStorageKey, languages, type LanguageCode } from '../i18n/languages.ts';

export { languages, type LanguageCode };

type Bundle = Record<string, unknown>;
type Loader = () => Promise<{ default: Bundle }>;

/** `t(key, values)`: the text of `key` in the page's language, with its `{{values}}` filled in. */
export type TFunction = (key: string, options?: { defaultValue?: string } & Record<string, unknown>) => string;

const bundles: Partial<Record<LanguageCode, Bundle>> = {};
let active: LanguageCode = defaultLanguage;
let loadEnglish: Loader = () => Promise.reject(new Error('English is not set up for this page.'));
const listeners = new Set<() => void>();

function lookup(bundle: Bundle | undefined, key: string): string | undefined {
  let value: unknown = bundle;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Bundle)[part] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The text of a key in the active language, else in French, else the default given, else the key. */
function translate(key: string, options: { defaultValue?: string } & Record<string, unknown> = {}): string {
  const text = lookup(bundles[active], key) ?? lookup(bundles[defaultLanguage], key) ?? options.defaultValue ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in options ? String(options[name]) : whole));
}

function setLanguage(language: LanguageCode) {
  active = language;
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** `t` and the language in use; the component renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: { language: LanguageCode; resolvedLanguage: LanguageCode } } {
  const language = useSyncExternalStore(subscribe, () => active);
  // A new `t` for each language, so that effects depending on it run again.
  const t = useMemo<TFunction>(() => (key, options) => translate(key, options), [language]);
  return { t, i18n: { language, resolvedLanguage: language } };
}

function storedLanguage(): LanguageCode {
  try {
    const value = localStorage.getItem(languageStorageKey);
    return isLanguageCode(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage; // storage can be disabled by the browser
  }
}

async function ensureLoaded(language: LanguageCode): Promise<void> {
  if (bundles[language]) return;
  bundles[language] = (await loadEnglish()).default;
}

/** Switches the page's language and remembers it for the next visits (here and in the cockpit). */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // the choice then lasts until the page is reloaded
  }
  await ensureLoaded(language);
  setLanguage(language);
}

/** The language in use. */
export function currentLanguage(): LanguageCode {
  return active;
}

/**
 * Sets up the page's French sections; `english` fetches its English ones. With `stored`, the
 * language last chosen on this device is applied before the page renders.
 */
export async function startI18n({ french, english, stored = false }: { french: Bundle; english: Loader; stored?: boolean }): Promise<void> {
  bundles[defaultLanguage] = french;
  loadEnglish = english;
  setLanguage(defaultLanguage);
  const wanted = stored ? storedLanguage() : defaultLanguage;
  if (wanted === defaultLanguage) return;
  try {
    await ensureLoaded(wanted);
    setLanguage(wanted);
  } catch {
    // the translation could not be fetched: French it is
  }
}
