// /admin/contractors: the agency's contractors, page by page, searched by name or reference and
// filtered by trade.
import { useState } from 'react';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../../src/domain/master-data.ts';
import { ActiveBadge } from '../shared/active-badge.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { PagedTable } from '../shared/paged-table.tsx';
import { usePagedList } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import { SearchInput, useSearch } from '../shared/search-input.tsx';
import type { ContractorAnswer as Contractor } from '../../../../src/http/answers.ts';
import { TextLines } from '../shared/text-lines.tsx';
import { useEditing } from '../shared/use-editing.ts';
import { ContractorForm } from './contractor-form.tsx';

/** The table, its search and trade filter, and the drawer that creates or changes a contractor. */
export default function ContractorsPage() {
  const { t } = useTranslation();
  const [trade, setTrade] = useState<string | null>(null);
  const search = useSearch();
  const list = usePagedList<Contractor>('contractors', '/api/v1/contractors', { trade, q: search.q });
  const edit = useEditing<Contractor>();

  return (
    <RecordsPage title={t('admin.contractors.title')} description={t('admin.contractors.intro')} newLabel={t('admin.contractors.new')} edit={edit}>
      <Group align="flex-start">
        <SearchInput value={search.text} onChange={search.setText} />
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
      <PagedTable
        list={list}
        emptyText={search.q ? t('admin.common.noMatch') : t('admin.contractors.empty')}
        minWidth={900}
        data-testid="contractors-table"
        columns={[
          { header: t('admin.common.name'), rowHeader: 'medium', cell: (c) => c.name },
          { header: t('admin.common.externalRef'), cell: (c) => c.externalRef ?? '—' },
          { header: t('admin.contractors.trades'), cell: (c) => c.trades.map((code) => t(`codes.trade.${code}`, { defaultValue: code })).join(', ') },
          { header: t('admin.common.emails'), cell: (c) => <TextLines values={c.emails} /> },
          { header: t('admin.common.phones'), cell: (c) => <TextLines values={c.phones} /> },
          { header: t('admin.contractors.channels'), cell: (c) => c.preferredChannels.map((ch) => t(`codes.channel.${ch}`, { defaultValue: ch })).join(', ') },
          { header: t('admin.common.state'), cell: (c) => <ActiveBadge active={c.active} /> },
        ]}
        actions={(c) => <EditButton name={c.name} onClick={() => edit.open(c)} />}
      />
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
    </RecordsPage>
  );
}
