// i18next for the light pages (the parties' pages, the sign-in page): the same languages and the
// same stored choice as the cockpit (i18n/index.ts), but each page brings only the sections of
// the translations it speaks (web/i18n-sections.ts) and English is fetched only when used.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguageCode, languageStorageKey, languages, type LanguageCode } from '../i18n/languages.ts';

export { languages, type LanguageCode };

type Bundle = Record<string, unknown>;
type Loader = () => Promise<{ default: Bundle }>;

let loadEnglish: Loader = () => Promise.reject(new Error('English is not set up for this page.'));

function storedLanguage(): LanguageCode {
  try {
    const value = localStorage.getItem(languageStorageKey);
    return isLanguageCode(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage; // storage can be disabled by the browser
  }
}

async function ensureLoaded(language: LanguageCode): Promise<void> {
  if (language === 'fr' || i18next.hasResourceBundle(language, 'translation')) return;
  const bundle = await loadEnglish();
  i18next.addResourceBundle(language, 'translation', bundle.default, true, true);
}

/** Switches the page's language and remembers it for the next visits (here and in the cockpit). */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // the choice then lasts until the page is reloaded
  }
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}

/** The language in use, as one of the supported codes. */
export function currentLanguage(): LanguageCode {
  return isLanguageCode(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

/**
 * Starts i18next with the page's French sections; `english` fetches its English ones. With
 * `stored`, the language last chosen on this device is applied before the page renders.
 */
export async function startI18n({ french, english, stored = false }: { french: Bundle; english: Loader; stored?: boolean }): Promise<void> {
  loadEnglish = english;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: french } },
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: languages.map((language) => language.code),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  document.documentElement.lang = currentLanguage();
  const wanted = stored ? storedLanguage() : defaultLanguage;
  if (wanted === defaultLanguage) return;
  try {
    await ensureLoaded(wanted);
    await i18next.changeLanguage(wanted);
  } catch {
    // the translation could not be fetched: French it is
  }
}
