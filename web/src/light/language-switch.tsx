// Two buttons, FR and EN, each named in its own language: the light pages' language choice (the
// parties' pages, the web form, the residents' portal).
import { Button } from './controls.tsx';
import { changeLanguage, currentLanguage, languages, type LanguageCode } from './light-i18n.ts';

interface Props {
  /** The group's accessible name, in the page's language. */
  label: string;
  /** What choosing does; by default the page's translations change. */
  onChoose?: (code: LanguageCode) => void;
}

export function LanguageSwitch({ label, onChoose = (code) => void changeLanguage(code) }: Props) {
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {languages.map((language) => (
        <Button
          key={language.code}
          size="sm"
          className="language-button"
          variant={language.code === active ? 'light' : 'subtle'}
          aria-pressed={language.code === active}
          // The visible code starts the name, for voice control; the full name follows.
          aria-label={`${language.code.toUpperCase()} (${language.name})`}
          lang={language.code}
          onClick={() => onChoose(language.code)}
        >
          {language.code.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}
