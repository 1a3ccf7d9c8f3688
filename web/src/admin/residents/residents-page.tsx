// /admin/residents: the residents' access to their portal ("Gestion des locataires"): who is
// invited, active, expired or deactivated, by property; invitations one by one or for a whole
// property, reminders, letters with a code, the CSV export, a read-only preview of a portal.
import { useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { useSession } from '../../session.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { useAllProperties } from '../shared/option-lists.ts';
import { usePagedList } from '../shared/queries.ts';
import { PropertyActions } from './property-actions.tsx';
import { filterFrom, filterQuery, ResidentsFilters, type ResidentsFilter } from './residents-filters.tsx';
import { ResidentsTable } from './residents-table.tsx';
import { RESIDENT_INVITERS, PREVIEWERS, type ResidentRow } from './resident-types.ts';

/** Filters, the property's actions, what the last action did, the table with "load more". */
export default function ResidentsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [query] = useDebouncedValue(filterQuery(filter), 300);
  const list = usePagedList<ResidentRow>('portal-residents', `/api/v1/portal-residents${query ? `?${query}` : ''}`);
  const properties = useAllProperties();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const roles = session.data?.user.roles ?? [];
  const canAct = roles.some((role) => RESIDENT_INVITERS.includes(role));
  const canPreview = roles.some((role) => PREVIEWERS.includes(role));
  const property = properties.data?.find((p) => p.id === filter.propertyId) ?? null;

  const setFilter = (next: ResidentsFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true });
  const onResult = (next: { ok: boolean; message: string }) => {
    setResult(next);
    if (next.ok) void queryClient.invalidateQueries({ queryKey: ['admin', 'portal-residents'] });
  };

  return (
    <AdminPage title={t('admin.residents.title')} description={t('admin.residents.intro')}>
      <Stack gap="sm">
        <ResidentsFilters filter={filter} onChange={setFilter} />
        <PropertyActions propertyId={filter.propertyId} propertyName={property?.name ?? null} canAct={canAct} onResult={onResult} />
      </Stack>
      <div role="status" aria-live="polite" data-testid="residents-result">
        {result && (
          <Alert color={result.ok ? 'teal' : 'red'} variant="light" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setResult(null)}>
            {result.message}
          </Alert>
        )}
      </div>
      <ListState
        pending={list.isPending}
        error={list.error}
        empty={list.isSuccess && list.items.length === 0}
        emptyText={query ? t('admin.common.noMatch') : t('admin.residents.empty')}
      />
      {list.items.length > 0 && <ResidentsTable rows={list.items} canAct={canAct} canPreview={canPreview} onResult={onResult} />}
      {list.isSuccess && list.items.length > 0 && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      )}
    </AdminPage>
  );
}
