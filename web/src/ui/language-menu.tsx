// The language switch shown on every screen.
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../i18n/index.ts';

/** A menu listing the interface languages, each named in its own language. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const active = currentLanguage();
  const activeName = languages.find((language) => language.code === active)?.name ?? active;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('language.button', { language: activeName })}
          rightSection={<span aria-hidden="true">▾</span>}
        >
          {activeName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('language.menu')}>
        <Menu.Label>{t('language.menu')}</Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            aria-current={language.code === active ? 'true' : undefined}
            fw={language.code === active ? 700 : undefined}
            onClick={() => void changeLanguage(language.code)}
          >
            {language.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
