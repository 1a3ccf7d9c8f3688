// /admin/contractors: the agency's contractors, page by page, filtered by trade.
import { useState } from 'react';
import { Button, Group, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../../src/domain/master-data.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { usePagedList } from '../shared/queries.ts';
import type { Contractor } from '../shared/types.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { useEditing } from '../shared/use-editing.ts';
import { ContractorForm } from './contractor-form.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The table, its trade filter, and the drawer that creates or changes a contractor. */
export default function ContractorsPage() {
  const { t } = useTranslation();
  const [trade, setTrade] = useState<string | null>(null);
  const list = usePagedList<Contractor>('contractors', `/api/v1/contractors${trade ? `?trade=${trade}` : ''}`);
  const edit = useEditing<Contractor>();

  return (
    <AdminPage
      title={t('admin.contractors.title')}
      description={t('admin.contractors.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.contractors.new')}</Button>}
    >
      <SavedNotice message={edit.notice} />
      <Group>
        <Select
          label={t('admin.contractors.filterTrade')}
          placeholder={t('admin.contractors.allTrades')}
          clearable
          clearButtonProps={{ 'aria-label': t('admin.common.clear') }}
          data={TRADES.map((code) => ({ value: code, label: t(`codes.trade.${code}`) }))}
          value={trade}
          onChange={setTrade}
          w={280}
        />
      </Group>
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && list.items.length === 0} emptyText={t('admin.contractors.empty')} />
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" data-testid="contractors-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.common.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.externalRef')}</Table.Th>
                <Table.Th scope="col">{t('admin.contractors.trades')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.emails')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.phones')}</Table.Th>
                <Table.Th scope="col">{t('admin.contractors.channels')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.state')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={500}>
                    {c.name}
                  </Table.Th>
                  <Table.Td>{c.externalRef ?? '—'}</Table.Td>
                  <Table.Td>{c.trades.map((code) => t(`codes.trade.${code}`, { defaultValue: code })).join(', ')}</Table.Td>
                  <Table.Td>
                    {c.emails.map((email) => (
                      <Text key={email} size="sm">
                        {email}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {c.phones.map((phone) => (
                      <Text key={phone} size="sm">
                        {phone}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{c.preferredChannels.map((ch) => t(`codes.channel.${ch}`, { defaultValue: ch })).join(', ')}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={c.active ? 'ok' : 'neutral'}>
                      {c.active ? t('admin.common.active') : t('admin.common.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => edit.open(c)} aria-label={t('admin.common.editNamed', { name: c.name })}>
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
      <EditDrawer
        opened={edit.opened}
        title={edit.isNew ? t('admin.contractors.new') : t('admin.contractors.edit', { name: edit.record?.name ?? '' })}
        onClose={edit.close}
      >
        <ContractorForm
          contractor={edit.record}
          onSaved={(c) => edit.saved(t('admin.common.savedNamed', { name: c.name }))}
          onCancel={edit.close}
        />
      </EditDrawer>
    </AdminPage>
  );
}
