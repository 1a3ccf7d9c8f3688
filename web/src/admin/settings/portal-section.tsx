// The residents' space (issue 12): whether it shows tickets, who sees a new ticket by default in
// each activity, how many requests a resident may file a day, the categories they may choose, and
// whether an import invites the persons it creates.
import { MultiSelect, Radio, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../src/domain/tickets/codes.ts';
import { sortByLabel } from '../../i18n/collate.ts';
import { IntegerInput } from '../shared/integer-input.tsx';
import { useAllCategories } from '../shared/option-lists.ts';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** The visibilities that fit each activity (the server accepts these only). */
const BY_MODULE: Record<'syndic' | 'gerance', readonly Visibility[]> = {
  syndic: ['requester', 'council', 'all_coowners'],
  gerance: ['requester', 'tenant', 'owner'],
};

/** The portal's switches, per-activity visibilities and limits. */
export function PortalSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const categories = useAllCategories();
  const visibilityGroup = (module: 'syndic' | 'gerance') => {
    const field = module === 'syndic' ? 'syndicVisibility' : 'geranceVisibility';
    return (
      <Radio.Group
        label={t('admin.settings.portal.visibilityOf', { module: t(`admin.settings.portal.module.${module}`) })}
        value={form[field]}
        onChange={(value) => set({ [field]: value as Visibility })}
        error={errors[`defaultVisibilityByModule.${module}`]}
      >
        <Stack gap={6} mt={6}>
          {BY_MODULE[module].map((visibility) => (
            <Radio key={visibility} value={visibility} label={t(`codes.visibility.${visibility}`)} />
          ))}
        </Stack>
      </Radio.Group>
    );
  };
  return (
    <SettingsSection legend={t('admin.settings.portal.legend')}>
      <Switch
        label={t('admin.settings.portal.showTickets')}
        description={t('admin.settings.portal.showTicketsHelp')}
        checked={form.portalShowsTickets}
        onChange={(event) => set({ portalShowsTickets: event.currentTarget.checked })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {visibilityGroup('syndic')}
        {visibilityGroup('gerance')}
      </SimpleGrid>
      <IntegerInput
        label={t('admin.settings.portal.requestsPerDay')}
        description={t('admin.settings.portal.requestsPerDayHelp')}
        value={form.portalRequestsPerDay}
        onChange={(portalRequestsPerDay) => set({ portalRequestsPerDay })}
        min={1}
        max={50}
        w={340}
        required
        error={errors.portalRequestsPerDay}
      />
      <Switch
        label={t('admin.settings.portal.allCategories')}
        description={t('admin.settings.portal.allCategoriesHelp')}
        checked={form.portalAllCategories}
        onChange={(event) => set({ portalAllCategories: event.currentTarget.checked })}
      />
      {!form.portalAllCategories && (
        <MultiSelect
          label={t('admin.settings.portal.categories')}
          placeholder={form.portalCategoryIds.length === 0 ? t('admin.settings.portal.categoriesNone') : undefined}
          searchable
          clearable
          value={form.portalCategoryIds}
          onChange={(portalCategoryIds) => set({ portalCategoryIds })}
          data={sortByLabel(categories.data ?? [], (c) => c.name).map((c) => ({ value: c.id, label: c.name }))}
          error={errors.portalCategoryIds}
          maw={640}
        />
      )}
      <Switch
        label={t('admin.settings.portal.inviteOnImport')}
        description={t('admin.settings.portal.inviteOnImportHelp')}
        checked={form.inviteOnImport}
        onChange={(event) => set({ inviteOnImport: event.currentTarget.checked })}
      />
    </SettingsSection>
  );
}
