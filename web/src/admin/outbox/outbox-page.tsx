// /admin/outbox: every email and SMS the agency sent, holds or failed to send, newest first,
// with the counts by state, filters kept in the address, and each message as it was rendered.
import { useEffect, useRef, useState } from 'react';
import { Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { ApiError } from '../../api.ts';
import { useSession } from '../../session.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { usePagedList } from '../shared/queries.ts';
import type { OutboxMessageAnswer as OutboxMessage, OutboxPageAnswer as Page } from '../../../../src/http/answers.ts';
import { MessageDetail } from './message-detail.tsx';
import { OutboxCounts } from './outbox-counts.tsx';
import { filterFrom, filterQuery, OutboxFilters, type OutboxFilter } from './outbox-filters.tsx';
import { OutboxTable } from './outbox-table.tsx';

const TICKET_ROLES = ['manager', 'assistant', 'agent', 'external_agent'];

/** Counts, filters, the table with "load more", and the drawer of one message. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [query] = useDebouncedValue(filterQuery(filter), 300);
  const list = usePagedList<OutboxMessage>('outbox', `/api/v1/outbox${query ? `?${query}` : ''}`);
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  const counts = (list.data?.pages[0] as Page | undefined)?.counts ?? {};
  const ticketMissing = list.error instanceof ApiError && list.error.status === 404 && filter.ticket !== null;
  const ticketLinks = (session.data?.user.roles ?? []).some((role) => TICKET_ROLES.includes(role));

  const setFilter = (next: OutboxFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true });
  // `?message=` (a ticket's "see the message" link): that message opens once listed.
  const wanted = params.get('message');
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const found = wanted && opened.current !== wanted ? list.items.find((m) => m.id === wanted) : undefined;
    if (!found) return;
    opened.current = wanted;
    setOpen(found);
  }, [wanted, list.items]);

  return (
    <AdminPage title={t('admin.outbox.title')} description={t('admin.outbox.intro')}>
      <Stack gap="sm">
        <OutboxCounts counts={counts} state={filter.state} onState={(state) => setFilter({ ...filter, state })} />
        <OutboxFilters filter={filter} onChange={setFilter} />
      </Stack>
      <ListState
        pending={list.isPending}
        error={ticketMissing ? null : list.error}
        empty={ticketMissing || (list.isSuccess && list.items.length === 0)}
        emptyText={ticketMissing ? t('admin.outbox.noTicket', { number: filter.ticket }) : t('admin.outbox.empty')}
      />
      {list.items.length > 0 && <OutboxTable messages={list.items} onOpen={setOpen} />}
      {list.isSuccess && list.items.length > 0 && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      )}
      <EditDrawer
        opened={open !== null}
        title={open?.subject ?? t('admin.outbox.smsTo', { name: open?.recipientName ?? '' })}
        onClose={() => {
          setOpen(null);
          // The state may have moved on while the message was read (sent, failed).
          void queryClient.invalidateQueries({ queryKey: ['admin', 'outbox'] });
        }}
      >
        {open && <MessageDetail message={open} ticketLinks={ticketLinks} />}
      </EditDrawer>
    </AdminPage>
  );
}
