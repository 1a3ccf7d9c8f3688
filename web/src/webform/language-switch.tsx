// Two buttons, FR and EN, each named in its own language (the parties' pages have the same).
import { Button } from '../light/controls.tsx';
import { changeLanguage, currentLanguage, languages, useTranslation } from '../light/light-i18n.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('webform.language')}>
      {languages.map((language) => (
        <Button
          key={language.code}
          size="sm"
          className="language-button"
          variant={language.code === active ? 'light' : 'subtle'}
          aria-pressed={language.code === active}
          aria-label={`${language.code.toUpperCase()} (${language.name})`}
          lang={language.code}
          onClick={() => void changeLanguage(language.code)}
        >
          {language.code.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}
