// i18next set-up: French by default, English on request, the choice kept in localStorage. French
// ships with the first screen; English is loaded only when someone uses it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './fr.json' with { type: 'json' };
import { defaultLanguage, isLanguageCode, languageStorageKey as storageKey, languages, type LanguageCode } from './languages.ts';

export { languages, type LanguageCode };

/** The translations other than French, fetched on demand. */
const loaders: Record<Exclude<LanguageCode, 'fr'>, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./en.json'),
};

function storedLanguage(): LanguageCode {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguageCode(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage; // storage can be disabled by the browser
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
}

async function ensureLoaded(language: LanguageCode): Promise<void> {
  if (language === 'fr' || i18next.hasResourceBundle(language, 'translation')) return;
  const bundle = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', bundle.default, true, true);
}

/** Switches the interface language and remembers it for the next visits. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
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

i18next.on('languageChanged', applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages.map((language) => language.code),
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

applyLanguage(currentLanguage());

/** Resolves once the stored language is ready; the app renders after it (no French flash). */
export const i18nReady: Promise<void> = (async () => {
  const stored = storedLanguage();
  if (stored === defaultLanguage) return;
  try {
    await ensureLoaded(stored);
    await i18next.changeLanguage(stored);
  } catch {
    // the translation could not be fetched: French it is
  }
})();

export default i18next;
