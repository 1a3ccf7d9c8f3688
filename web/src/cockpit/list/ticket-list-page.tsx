// The ticket list at `/` (DOMAIN.md §10): the newest change first, "my tickets" by default,
// scopes, filters and search kept in the address bar, selection and reassignment, print.
import './list.css';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconFilter, IconPlus, IconPrinter } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { StandingInFor } from '../absence/standing-in-for.tsx';
import { ListControls } from './list-controls.tsx';
import { activeFilterCount, isFiltered, isPendingView, listParamsToApiQuery } from './list-params.ts';
import { TicketTable } from './ticket-table.tsx';
import { useListKeyboard } from './use-list-keyboard.ts';
import { HelpButton } from '../../tour/help-button.tsx';
import { useListParams } from './use-list-params.ts';
import { useTicketList } from './use-ticket-list.ts';

// The filters and the reassignment bar load when first used: the list shows sooner without them.
const ListFilters = lazy(() => import('./list-filters.tsx'));
const BulkReassign = lazy(() => import('./bulk-reassign.tsx'));
const BulkMerge = lazy(() => import('../incident/bulk-merge.tsx'));

/** The list page. */
export default function TicketListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useListParams();
  const apiQuery = useMemo(() => listParamsToApiQuery(params), [params]);
  const list = useTicketList(apiQuery);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const filterCount = activeFilterCount(params);
  const [filtersOpen, setFiltersOpen] = useState(filterCount > 0);
  const [bulkUsed, setBulkUsed] = useState(false);
  useEffect(() => {
    if (selected.size > 0) setBulkUsed(true);
  }, [selected.size]);
  // Another view shows other tickets: what was selected in the previous one is let go.
  useEffect(() => setSelected(new Set()), [apiQuery]);
  const tickets = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const pending = isPendingView(params);
  const title = pending ? t('list.pendingTitle') : t('tickets.title');

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  const select = (number: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(number);
      else next.delete(number);
      return next;
    });
  const highlighted = useListKeyboard(tickets, apiQuery, (number) => select(number, !selected.has(number)));
  const selectAll = (on: boolean) => setSelected(on ? new Set(tickets.map((ticket) => ticket.number)) : new Set());

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} id="page-title">
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {format.date(new Date(), 'full')}
          </Text>
        </div>
        <Group gap="sm" className="gardien-no-print">
          <HelpButton screen="list" />
          <Button variant="default" leftSection={<IconPrinter size={16} stroke={1.6} aria-hidden="true" />} onClick={() => window.print()}>
            {t('list.print')}
          </Button>
          <Button component={Link} href="/tickets/new" data-tour="new-ticket" leftSection={<IconPlus size={16} stroke={1.6} aria-hidden="true" />}>
            {t('list.newTicket')}
          </Button>
        </Group>
      </Group>

      <Group gap="md" align="flex-end" className="gardien-no-print">
        <ListControls params={params} onChange={setParams} />
        <Button
          variant="default"
          leftSection={<IconFilter size={16} stroke={1.6} aria-hidden="true" />}
          mb={2}
          aria-expanded={filtersOpen}
          aria-controls="list-filters"
          data-tour="list-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filterCount > 0 ? t('list.filters.toggleCount', { count: filterCount }) : t('list.filters.toggle')}
        </Button>
      </Group>
      <StandingInFor params={params} onChange={setParams} />
      {filtersOpen && (
        <div id="list-filters">
          <Suspense fallback={<Loader size="sm" aria-label={t('app.loading')} />}>
            <ListFilters params={params} onChange={setParams} />
          </Suspense>
        </div>
      )}
      {bulkUsed && (
        <Suspense fallback={null}>
          <BulkReassign selected={[...selected]} onDone={() => setSelected(new Set())} />
          <BulkMerge selected={[...selected]} onDone={() => setSelected(new Set())} />
        </Suspense>
      )}

      {list.isError && (
        <Alert role="alert" color="red" title={t('list.loadFailed')}>
          {errorMessage(t, list.error)}
        </Alert>
      )}
      {list.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {list.isSuccess && tickets.length === 0 && (
        <EmptyState
          title={isFiltered(params) || params.scope !== 'open' || !params.mine ? t('list.noMatch') : t('tickets.empty')}
          description={isFiltered(params) ? t('list.noMatchHint') : t('tickets.emptyHint')}
          withIndicatorBackground
        />
      )}
      {tickets.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="list-count">
            {t('list.shown', { count: tickets.length })}
          </Text>
          <TicketTable tickets={tickets} selected={selected} highlighted={highlighted} onSelect={select} onSelectAll={selectAll} />
        </>
      )}
      {list.hasNextPage && (
        <Center className="gardien-no-print">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('list.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
