// /admin/persons: residents, owners and council members, page by page, with their relations.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { usePagedList } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { Person } from '../shared/types.ts';
import { useEditing } from '../shared/use-editing.ts';
import { PersonForm } from './person-form.tsx';
import { RelationsSection } from './relations-section.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The table of persons and the drawer with a person's form and relations. */
export default function PersonsPage() {
  const { t } = useTranslation();
  const list = usePagedList<Person>('persons', '/api/v1/persons');
  const edit = useEditing<Person>();
  const today = new Date().toISOString().slice(0, 10);
  const current = (p: Person) => p.relations.filter((r) => r.endsOn === null || r.endsOn >= today);

  return (
    <AdminPage
      title={t('admin.persons.title')}
      description={t('admin.persons.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.persons.new')}</Button>}
    >
      <SavedNotice message={edit.opened ? null : edit.notice} />
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && list.items.length === 0} emptyText={t('admin.persons.empty')} />
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.common.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.externalRef')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.emails')}</Table.Th>
                <Table.Th scope="col">{t('admin.persons.mobiles')}</Table.Th>
                <Table.Th scope="col">{t('admin.persons.currentRelations')}</Table.Th>
                <Table.Th scope="col">{t('admin.persons.portal')}</Table.Th>
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
                    {p.emails.map((email) => (
                      <Text key={email} size="sm">
                        {email}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {p.phones.map((phone) => (
                      <Text key={phone} size="sm">
                        {phone}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{[...new Set(current(p).map((r) => t(`codes.relation.${r.kind}`, { defaultValue: r.kind })))].join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={p.portalStatus === 'active' ? 'ok' : 'neutral'}>
                      {t(`admin.persons.portalStatus.${p.portalStatus}`, { defaultValue: p.portalStatus })}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => edit.open(p)} aria-label={t('admin.common.editNamed', { name: p.name })}>
                      {t('common.modify')}
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
      <EditDrawer opened={edit.opened} title={edit.isNew ? t('admin.persons.new') : (edit.record?.name ?? '')} onClose={edit.close}>
        <SavedNotice message={edit.notice} />
        <PersonForm
          key={edit.record?.id ?? 'new'}
          person={edit.record}
          onSaved={(p) => (edit.isNew ? edit.reopen(p, t('admin.persons.createdAddRelations', { name: p.name })) : edit.saved(t('admin.common.savedNamed', { name: p.name })))}
          onCancel={edit.close}
        />
        {edit.record && <RelationsSection person={edit.record} onChange={(p) => edit.reopen(p, '')} />}
      </EditDrawer>
    </AdminPage>
  );
}
