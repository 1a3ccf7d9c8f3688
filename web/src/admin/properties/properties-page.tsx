// /admin/properties: co-ownerships and buildings, page by page, each with its units.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { PagedTable } from '../shared/paged-table.tsx';
import { useAllUsers } from '../shared/option-lists.ts';
import { usePagedList } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { SearchInput, useSearch } from '../shared/search-input.tsx';
import type { PropertyAnswer as Property } from '../../../../src/http/answers.ts';
import { useEditing } from '../shared/use-editing.ts';
import { PropertyForm } from './property-form.tsx';
import { UnitsSection } from './units-section.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The search box, the table of properties and the drawer with a property's form and units. */
export default function PropertiesPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const list = usePagedList<Property>('properties', '/api/v1/properties', { q: search.q });
  const users = useAllUsers();
  const edit = useEditing<Property>();
  const userName = (id: string | null) => (id ? (users.data?.find((u) => u.id === id)?.name ?? '…') : '—');

  return (
    <RecordsPage title={t('admin.properties.title')} description={t('admin.properties.intro')} newLabel={t('admin.properties.new')} edit={edit}>
      <Group>
        <SearchInput value={search.text} onChange={search.setText} />
      </Group>
      <PagedTable
        list={list}
        emptyText={search.q ? t('admin.common.noMatch') : t('admin.properties.empty')}
        minWidth={900}
        columns={[
          { header: t('admin.common.name'), rowHeader: 'medium', cell: (p) => p.name },
          { header: t('admin.common.externalRef'), cell: (p) => p.externalRef ?? '—' },
          {
            header: t('admin.properties.kind'),
            cell: (p) => (
              <>
                <StatusBadge tone="info" mr={4}>
                  {t(`admin.properties.modules.${p.module}`, { defaultValue: p.module })}
                </StatusBadge>
                {t(`admin.properties.kinds.${p.kind}`, { defaultValue: p.kind })}
              </>
            ),
          },
          { header: t('admin.properties.address'), cell: (p) => `${p.addressLine}, ${p.postalCode} ${p.city}` },
          { header: t('admin.properties.manager'), cell: (p) => userName(p.managerId) },
        ]}
        actions={(p) => <EditButton ariaLabel={t('admin.properties.editWithUnits', { name: p.name })} label={t('admin.properties.open')} onClick={() => edit.open(p)} />}
      />
      <EditDrawer
        opened={edit.opened}
        title={edit.isNew ? t('admin.properties.new') : (edit.record?.name ?? '')}
        onClose={edit.close}
      >
        <SavedNotice message={edit.notice} />
        <PropertyForm
          key={edit.record?.id ?? 'new'}
          property={edit.record}
          onSaved={(p) => (edit.isNew ? edit.reopen(p, t('admin.properties.createdAddUnits', { name: p.name })) : edit.saved(t('admin.common.savedNamed', { name: p.name })))}
          onCancel={edit.close}
        />
        {edit.record && <UnitsSection property={edit.record} />}
      </EditDrawer>
    </RecordsPage>
  );
}
