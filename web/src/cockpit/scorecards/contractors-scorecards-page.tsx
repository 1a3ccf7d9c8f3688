// /contractors ("Fiches de performance"): the agency's contractors for those who read scorecards, each with its compact
// line (one call for the page shown), each name opening the contractor's page.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AdminPage } from '../../admin/shared/admin-page.tsx';
import { PagedTable } from '../../admin/shared/paged-table.tsx';
import { usePagedList } from '../../admin/shared/queries.ts';
import { SearchInput, useSearch } from '../../admin/shared/search-input.tsx';
import type { ContractorAnswer as Contractor } from '../../../../src/http/answers.ts';
import { usePagesScorecards } from './scorecard-queries.ts';
import { ScorecardLine } from './scorecard-line.tsx';

/** The table of contractors and their scorecards' summaries. */
export default function ContractorsScorecardsPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const list = usePagedList<Contractor>('contractors', '/api/v1/contractors', { q: search.q });
  // One call per page read (a page holds at most 50 contractors, the batch's limit).
  const cards = usePagesScorecards((list.data?.pages ?? []).map((page) => page.items.map((c) => c.id)));

  return (
    <AdminPage title={t('scorecard.listTitle')} description={t('scorecard.listIntro')}>
      <SearchInput value={search.text} onChange={search.setText} />
      <PagedTable
        list={list}
        emptyText={search.q ? t('admin.common.noMatch') : t('admin.contractors.empty')}
        minWidth={720}
        data-testid="scorecards-table"
        columns={[
          {
            header: t('admin.common.name'),
            rowHeader: 'medium',
            cell: (c) => (
              <Anchor component={Link} href={`/contractors/${c.id}`}>
                {c.name}
              </Anchor>
            ),
          },
          { header: t('admin.contractors.trades'), cell: (c) => c.trades.map((code) => t(`codes.trade.${code}`, { defaultValue: code })).join(', ') },
          { header: t('scorecard.listSummary'), cell: (c) => <ScorecardLine card={cards.get(c.id)} /> },
        ]}
      />
    </AdminPage>
  );
}
