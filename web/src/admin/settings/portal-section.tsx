// The resident portal: whether it shows tickets, and who sees a new ticket by default.
import { Radio, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VISIBILITIES } from '../../../../src/domain/tickets/codes.ts';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** Which module each visibility belongs to, said next to it. */
const MODULE_OF: Record<string, 'both' | 'syndic' | 'gerance'> = {
  requester: 'both',
  council: 'syndic',
  all_coowners: 'syndic',
  tenant: 'gerance',
  owner: 'gerance',
};

/** "Show tickets in the portal" and the default visibility. */
export function PortalSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.portal.legend')}>
      <Switch
        label={t('admin.settings.portal.showTickets')}
        description={t('admin.settings.portal.showTicketsHelp')}
        checked={form.portalShowsTickets}
        onChange={(event) => set({ portalShowsTickets: event.currentTarget.checked })}
      />
      <Radio.Group
        label={t('admin.settings.portal.visibility')}
        description={t('admin.settings.portal.visibilityHelp')}
        value={form.defaultVisibility}
        onChange={(value) => set({ defaultVisibility: value })}
        error={errors.defaultVisibility}
      >
        <Stack gap={6} mt={6}>
          {VISIBILITIES.map((visibility) => (
            <Radio
              key={visibility}
              value={visibility}
              label={`${t(`codes.visibility.${visibility}`)} (${t(`admin.settings.portal.module.${MODULE_OF[visibility] ?? 'both'}`)})`}
            />
          ))}
        </Stack>
      </Radio.Group>
    </SettingsSection>
  );
}
