// The exchange page speaks the party's language: the one the agency chose for them (the view's
// `language`), unless they picked another with the switch on this page (kept for the visit).
import { useEffect, useState } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { changeLanguage, currentLanguage, languages, type LanguageCode } from '../light/light-i18n.ts';

const CHOICE_KEY = 'gardien.exchange.lang';
// Written by i18n/index.ts when a language is chosen anywhere in Gardien on this device.
const STORED_KEY = 'gardien.lang';

export function asLanguage(value: unknown): LanguageCode | undefined {
  return languages.find((language) => language.code === value)?.code;
}

function read(storage: 'session' | 'local', key: string): string | null {
  try {
    return (storage === 'session' ? sessionStorage : localStorage).getItem(key);
  } catch {
    return null; // storage can be disabled
  }
}

/** The language the party picked with the switch during this visit, if any. */
export function chosenLanguage(): LanguageCode | undefined {
  return asLanguage(read('session', CHOICE_KEY));
}

/** The party picks a language with the switch. */
export function chooseLanguage(language: LanguageCode): void {
  try {
    sessionStorage.setItem(CHOICE_KEY, language);
  } catch {
    // the choice then lasts until the page is reloaded
  }
  void changeLanguage(language);
}

/**
 * The language of a page shown without a view (a link that does not work, the help): the one
 * named in the address, the one picked during the visit, the one last used on this device, or
 * the browser's.
 */
export function pageLanguage(search: URLSearchParams): LanguageCode {
  const named = asLanguage(search.get('lang')) ?? chosenLanguage();
  if (named) return named;
  const stored = asLanguage(read('local', STORED_KEY));
  if (stored) return stored;
  const browser = (typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language])
    .map((tag) => asLanguage(tag.slice(0, 2).toLowerCase()))
    .find((code) => code !== undefined);
  return browser ?? 'fr';
}

/** Switches the interface to `target` (unless the party picked another); true once it speaks it. */
export function useExchangeLanguage(target: LanguageCode | undefined): boolean {
  useTranslation(); // re-render when the language changes
  const wanted = target === undefined ? undefined : (chosenLanguage() ?? target);
  const [failed, setFailed] = useState<LanguageCode | undefined>();
  useEffect(() => {
    if (!wanted || currentLanguage() === wanted) return;
    changeLanguage(wanted).catch(() => setFailed(wanted)); // the translation could not be fetched: stay as is
  }, [wanted]);
  return !wanted || currentLanguage() === wanted || failed === wanted;
}
