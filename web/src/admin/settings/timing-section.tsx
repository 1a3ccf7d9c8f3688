// The first-response target and the age colours of the ticket list.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntegerInput } from '../shared/integer-input.tsx';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** Hours to a first response; days after which a ticket turns orange, then red. */
export function TimingSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.timing.legend')}>
      <IntegerInput
        label={t('admin.settings.timing.firstResponseHours')}
        description={t('admin.settings.timing.firstResponseHelp')}
        value={form.firstResponseHours}
        onChange={(firstResponseHours) => set({ firstResponseHours })}
        min={1}
        max={720}
        w={340}
        error={errors.firstResponseHours}
      />
      <Group gap="sm" align="flex-start">
        <IntegerInput
          label={t('admin.settings.timing.warnDays')}
          value={form.warnDays}
          onChange={(warnDays) => set({ warnDays })}
          min={1}
          max={365}
          w={340}
          error={errors['ageColours.warnDays']}
        />
        <IntegerInput
          label={t('admin.settings.timing.alertDays')}
          value={form.alertDays}
          onChange={(alertDays) => set({ alertDays })}
          min={1}
          max={365}
          w={340}
          error={errors['ageColours.alertDays']}
        />
      </Group>
    </SettingsSection>
  );
}
