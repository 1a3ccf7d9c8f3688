// What contractors receive: a read receipt request, the agency's email or not.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** "Ask for a read receipt of the work order" and "hide the agency's email". */
export function ContractorsSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.contractors.legend')}>
      <Switch
        label={t('admin.settings.contractors.readReceipt')}
        description={t('admin.settings.contractors.readReceiptHelp')}
        checked={form.readReceipt}
        onChange={(event) => set({ readReceipt: event.currentTarget.checked })}
      />
      <Switch
        label={t('admin.settings.contractors.hideAgencyEmail')}
        description={t('admin.settings.contractors.hideAgencyEmailHelp')}
        checked={form.hideAgencyEmail}
        onChange={(event) => set({ hideAgencyEmail: event.currentTarget.checked })}
      />
    </SettingsSection>
  );
}
