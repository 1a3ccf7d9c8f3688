// The agency's name and contact details, as messages sign with them.
import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** Name, email and phone of the agency. */
export function AgencySection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.agency.legend')} description={t('admin.settings.agency.help')}>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t('admin.settings.agency.name')}
          required
          value={form.agencyName}
          onChange={(event) => set({ agencyName: event.currentTarget.value })}
          error={errors['agency.name']}
        />
        <TextInput
          label={t('admin.settings.agency.email')}
          type="email"
          value={form.agencyEmail}
          onChange={(event) => set({ agencyEmail: event.currentTarget.value })}
          error={errors['agency.email']}
        />
        <TextInput
          label={t('admin.settings.agency.phone')}
          type="tel"
          value={form.agencyPhone}
          onChange={(event) => set({ agencyPhone: event.currentTarget.value })}
          error={errors['agency.phone']}
        />
      </SimpleGrid>
    </SettingsSection>
  );
}
