// /admin/users: the agency's staff, their roles, whether they may sign in, and who stands in for
// them while they are away.
import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ActiveBadge } from '../shared/active-badge.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { useAllUsers } from '../shared/option-lists.ts';
import { PagedTable } from '../shared/paged-table.tsx';
import { usePagedList } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import type { UserAnswer as StaffUser } from '../../../../src/http/answers.ts';
import { useEditing } from '../shared/use-editing.ts';
import { delegationActive } from './delegation.ts';
import { ApiTokensSection } from './api-tokens-section.tsx';
import { RevokeSessions } from './revoke-sessions.tsx';
import { SendResetLink } from './send-reset-link.tsx';
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
    <RecordsPage title={t('admin.users.title')} description={t('admin.users.intro')} newLabel={t('admin.users.new')} edit={edit}>
      <PagedTable
        list={list}
        emptyText={t('admin.users.empty')}
        minWidth={900}
        columns={[
          { header: t('admin.common.name'), rowHeader: 'medium', cell: (u) => u.name },
          { header: t('admin.users.email'), cell: (u) => u.email },
          {
            header: t('admin.users.roles'),
            cell: (u) => (
              <Group gap={4}>
                {u.roles.map((role) => (
                  <StatusBadge key={role} tone="info" size="sm">
                    {t(`roles.${role}`, { defaultValue: role })}
                  </StatusBadge>
                ))}
              </Group>
            ),
          },
          { header: t('admin.common.state'), cell: (u) => <ActiveBadge active={u.active} /> },
          {
            header: t('admin.users.delegation'),
            cell: (u) =>
              u.delegateUserId ? (
                <Text size="sm" c={delegationActive(u) ? undefined : 'dimmed'}>
                  {u.delegateUntil
                    ? t(delegationActive(u) ? 'admin.users.delegatedTo' : 'admin.users.delegationEnded', {
                        name: nameOf(u.delegateUserId),
                        date: format.date(u.delegateUntil),
                      })
                    : t('absence.delegatedUntilBack', { name: nameOf(u.delegateUserId) })}
                </Text>
              ) : (
                '—'
              ),
          },
        ]}
        actions={(u) => <EditButton name={u.name} onClick={() => edit.open(u)} />}
      />
      <EditDrawer opened={edit.opened} title={edit.isNew ? t('admin.users.new') : t('admin.users.edit', { name: edit.record?.name ?? '' })} onClose={edit.close}>
        <UserForm user={edit.record} onSaved={(u) => edit.saved(t('admin.common.savedNamed', { name: u.name }))} onCancel={edit.close} />
        {edit.record && (
          <>
            <Divider my="lg" />
            <Stack gap="md">
              <SendResetLink user={edit.record} />
              <RevokeSessions user={edit.record} />
            </Stack>
            <Divider my="lg" />
            <ApiTokensSection path={`/api/v1/users/${edit.record.id}/tokens`} />
          </>
        )}
      </EditDrawer>
    </RecordsPage>
  );
}
