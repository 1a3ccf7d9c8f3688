// Opening Gardien on the list: its code and its first page are fetched at start-up, alongside
// the session check, instead of after it. A signed-out visitor's request fails quietly and
// leaves nothing behind (the sign-in page shows instead).
import type { QueryClient } from '@tanstack/react-query';
import { ticketKeys } from '../shared/ticket-queries.ts';
import { listParamsToApiQuery, parseListParams } from './list-params.ts';
import { fetchTicketPage } from './use-ticket-list.ts';

/** Starts loading the list page and its first page when the address is the list. */
export function prefetchList(queryClient: QueryClient): void {
  if (window.location.pathname !== '/') return;
  void import('./ticket-list-page.tsx').catch(() => {});
  const apiQuery = listParamsToApiQuery(parseListParams(window.location.search));
  fetchTicketPage(apiQuery, null)
    .then((page) => queryClient.setQueryData(ticketKeys.list(apiQuery), { pages: [page], pageParams: [null] }))
    .catch(() => {
      // signed out (401) or unreachable: the list asks again once it is shown
    });
}
