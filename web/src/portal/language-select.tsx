// The resident's language, chosen on registering and in the settings: the page switches at once.
import { NativeSelect } from '../light/fields.tsx';
import { changeLanguage, languages, useTranslation } from '../light/light-i18n.ts';

export function LanguageSelect({ value, onChange }: { value: string; onChange: (language: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('portal.language')}
      value={value}
      onChange={(language) => {
        onChange(language);
        const known = languages.find((l) => l.code === language);
        if (known) void changeLanguage(known.code).catch(() => undefined);
      }}
    >
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </NativeSelect>
  );
}
