// Which tickets assistants work: those of the properties they assist and those assigned to them,
// or every ticket of the agency (DOMAIN.md §2).
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** The "assistants see every ticket" switch. */
export function AssistantsSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.assistants.legend')} description={t('admin.settings.assistants.help')}>
      <Switch
        label={t('admin.settings.assistants.seeAll')}
        checked={form.assistantsSeeAllTickets}
        onChange={(event) => set({ assistantsSeeAllTickets: event.currentTarget.checked })}
      />
    </SettingsSection>
  );
}
