// The default description proposed on every new ticket.
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** A text area for the default description. */
export function DescriptionSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.description.legend')}>
      <Textarea
        label={t('admin.settings.description.label')}
        description={t('admin.settings.description.help')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={20_000}
        value={form.defaultDescription}
        onChange={(event) => set({ defaultDescription: event.currentTarget.value })}
        error={errors.defaultDescription}
      />
    </SettingsSection>
  );
}
