// /admin/users: the agency's staff, their roles, whether they may sign in, and who stands in for
// them while they are away.
import { Button, Divider, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { useAllUsers } from '../shared/option-lists.ts';
import { usePagedList } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { StaffUser } from '../shared/types.ts';
import { useEditing } from '../shared/use-editing.ts';
import { delegationActive } from './delegation.ts';
import { RevokeSessions } from './revoke-sessions.tsx';
import { UserForm } from './user-form.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The table of users and the drawer that creates or changes one. */
export default function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = usePagedList<StaffUser>('users', '/api/v1/users');
  const all = useAllUsers();
  const edit = useEditing<StaffUser>();
  const nameOf = (id: string) => all.data?.find((u) => u.id === id)?.name ?? '…';

  return (
    <AdminPage
      title={t('admin.users.title')}
      description={t('admin.users.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.users.new')}</Button>}
    >
      <SavedNotice message={edit.notice} />
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && list.items.length === 0} emptyText={t('admin.users.empty')} />
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.common.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.state')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.delegation')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row" fw={500}>
                    {u.name}
                  </Table.Th>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.roles.map((role) => (
                        <StatusBadge key={role} tone="info" size="sm">
                          {t(`roles.${role}`, { defaultValue: role })}
                        </StatusBadge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={u.active ? 'ok' : 'neutral'}>
                      {u.active ? t('admin.common.active') : t('admin.common.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    {u.delegateUserId && u.delegateUntil ? (
                      <Text size="sm" c={delegationActive(u) ? undefined : 'dimmed'}>
                        {t(delegationActive(u) ? 'admin.users.delegatedTo' : 'admin.users.delegationEnded', {
                          name: nameOf(u.delegateUserId),
                          date: format.date(u.delegateUntil),
                        })}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => edit.open(u)} aria-label={t('admin.common.editNamed', { name: u.name })}>
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
      <EditDrawer opened={edit.opened} title={edit.isNew ? t('admin.users.new') : t('admin.users.edit', { name: edit.record?.name ?? '' })} onClose={edit.close}>
        <UserForm user={edit.record} onSaved={(u) => edit.saved(t('admin.common.savedNamed', { name: u.name }))} onCancel={edit.close} />
        {edit.record && (
          <>
            <Divider my="lg" />
            <RevokeSessions user={edit.record} />
          </>
        )}
      </EditDrawer>
    </AdminPage>
  );
}
