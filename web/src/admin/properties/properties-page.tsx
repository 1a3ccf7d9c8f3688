// /admin/properties: co-ownerships and buildings, page by page, each with its units.
import { Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { useAllUsers } from '../shared/option-lists.ts';
import { usePagedList } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { Property } from '../shared/types.ts';
import { useEditing } from '../shared/use-editing.ts';
import { PropertyForm } from './property-form.tsx';
import { UnitsSection } from './units-section.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The table of properties and the drawer with a property's form and units. */
export default function PropertiesPage() {
  const { t } = useTranslation();
  const list = usePagedList<Property>('properties', '/api/v1/properties');
  const users = useAllUsers();
  const edit = useEditing<Property>();
  const userName = (id: string | null) => (id ? (users.data?.find((u) => u.id === id)?.name ?? '…') : '—');

  return (
    <AdminPage
      title={t('admin.properties.title')}
      description={t('admin.properties.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.properties.new')}</Button>}
    >
      <SavedNotice message={edit.opened ? null : edit.notice} />
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && list.items.length === 0} emptyText={t('admin.properties.empty')} />
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.common.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.externalRef')}</Table.Th>
                <Table.Th scope="col">{t('admin.properties.kind')}</Table.Th>
                <Table.Th scope="col">{t('admin.properties.address')}</Table.Th>
                <Table.Th scope="col">{t('admin.properties.manager')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={500}>
                    {p.name}
                  </Table.Th>
                  <Table.Td>{p.externalRef ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone="info" mr={4}>
                      {t(`admin.properties.modules.${p.module}`, { defaultValue: p.module })}
                    </StatusBadge>
                    {t(`admin.properties.kinds.${p.kind}`, { defaultValue: p.kind })}
                  </Table.Td>
                  <Table.Td>{`${p.addressLine}, ${p.postalCode} ${p.city}`}</Table.Td>
                  <Table.Td>{userName(p.managerId)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => edit.open(p)} aria-label={t('admin.properties.editWithUnits', { name: p.name })}>
                      {t('admin.properties.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.isSuccess && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      )}
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
    </AdminPage>
  );
}
