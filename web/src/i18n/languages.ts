// The languages the interface speaks, each named in its own language (shared by the cockpit's
// i18n/index.ts and the light pages' light/light-i18n.ts).
export const languages = [
  { code: 'fr', name: 'Français' },
  { code: 'en', name: 'English' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

/** French unless said otherwise. */
export const defaultLanguage: LanguageCode = 'fr';

/** Where the language last chosen on this device is kept (localStorage). */
export const languageStorageKey = 'gardien.lang';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return languages.some((language) => language.code === value);
}
