// i18next set-up: French by default, English on request, the choice kept in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** The languages the interface speaks, each named in its own language. */
export const languages = [
  { code: 'fr', name: 'Français' },
  { code: 'en', name: 'English' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

const storageKey = 'gardien.lang';
const defaultLanguage: LanguageCode = 'fr';

function isLanguageCode(value: unknown): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

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

/** Switches the interface language and remembers it for the next visits. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // the choice then lasts until the page is reloaded
  }
  await i18next.changeLanguage(language);
}

/** The language in use, as one of the supported codes. */
export function currentLanguage(): LanguageCode {
  return isLanguageCode(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

i18next.on('languageChanged', applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages.map((language) => language.code),
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

applyLanguage(currentLanguage());

export default i18next;
