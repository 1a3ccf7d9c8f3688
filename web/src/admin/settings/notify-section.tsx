// Which staff are told when a ticket moves: its creator, the property's manager, its assistant.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** The three "notify" switches. */
export function NotifySection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.notify.legend')} description={t('admin.settings.notify.help')}>
      <Switch
        label={t('admin.settings.notify.creator')}
        checked={form.notifyCreator}
        onChange={(event) => set({ notifyCreator: event.currentTarget.checked })}
      />
      <Switch
        label={t('admin.settings.notify.manager')}
        description={t('admin.settings.notify.managerHelp')}
        checked={form.notifyManager}
        onChange={(event) => set({ notifyManager: event.currentTarget.checked })}
      />
      <Switch
        label={t('admin.settings.notify.assistant')}
        description={t('admin.settings.notify.assistantHelp')}
        checked={form.notifyAssistant}
        onChange={(event) => set({ notifyAssistant: event.currentTarget.checked })}
      />
    </SettingsSection>
  );
}
