// The ticket list's pages, fetched 50 at a time with the API's cursor.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ticketKeys } from '../shared/ticket-queries.ts';
import type { PageAnswer as Page, TicketListItemAnswer as TicketListItem } from '../../../../src/http/answers.ts';

export const PAGE_SIZE = 50;
/** A page fetched moments ago (by the start-up prefetch) is not fetched again on mount. */
export const LIST_STALE_MS = 5_000;

/** One page of the list for an API query string. */
export function fetchTicketPage(apiQuery: string, cursor: string | null): Promise<Page<TicketListItem>> {
  return api.get<Page<TicketListItem>>(
    `/api/v1/tickets?${apiQuery}&limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );
}

/** Pages of the list for an API query string; `fetchNextPage` loads more. */
export function useTicketList(apiQuery: string) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list(apiQuery),
    queryFn: ({ pageParam }) => fetchTicketPage(apiQuery, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    staleTime: LIST_STALE_MS,
  });
}
