// Reading the administration lists through TanStack Query: pages with "load more", whole lists
// for the choosers, and one call to refresh what a change made stale (here and in the cockpit).
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api.ts';
import type { PageAnswer as CursorPage } from '../../../../src/http/answers.ts';

export const PAGE_SIZE = 50;
const ALL_PAGE_SIZE = 200;
const MAX_PAGES = 10;
const ONE_MINUTE = 60_000;

/** Query keys of the admin screens: every key starts with 'admin' then the kind. */
export const adminKeys = {
  kind: (kind: string) => ['admin', kind] as const,
  pages: (kind: string, path: string) => ['admin', kind, 'pages', path] as const,
  all: (kind: string, path: string) => ['admin', kind, 'all', path] as const,
  one: (kind: string, id: string) => ['admin', kind, 'one', id] as const,
};

function withCursor(path: string, limit: number, cursor: string | null): string {
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
}

/** Query parameters of a list; empty ones are left out. */
export type ListParams = Record<string, string | null | undefined>;

/** `path` with the non-empty `params` added to its query string. */
export function withParams(path: string, params: ListParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) search.set(name, value);
  }
  const query = search.toString();
  if (!query) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/**
 * A list read page by page; `fetchNextPage` loads the next one. `params` (a search, a filter)
 * are part of the query key: when they change, the list starts again from its first page.
 */
export function usePagedList<T>(kind: string, basePath: string, params?: ListParams) {
  const path = withParams(basePath, params);
  const query = useInfiniteQuery({
    queryKey: adminKeys.pages(kind, path),
    queryFn: ({ pageParam }) => api.get<CursorPage<T>>(withCursor(path, PAGE_SIZE, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

/** Every record of a list (pages of 200 followed, at most 2,000), for choosers and names. */
export async function fetchAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: CursorPage<T> = await api.get<CursorPage<T>>(withCursor(path, ALL_PAGE_SIZE, cursor));
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** A whole list, cached for a minute. */
export function useAll<T>(kind: string, path: string, enabled = true) {
  return useQuery({ queryKey: adminKeys.all(kind, path), queryFn: () => fetchAll<T>(path), staleTime: ONE_MINUTE, enabled });
}

/** Forgets the cached answers of a kind, here and in the cockpit's choosers. */
export function useRefreshKind() {
  const queryClient = useQueryClient();
  return useCallback(
    (kind: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.kind(kind) }),
        queryClient.invalidateQueries({ queryKey: ['masterdata', kind] }),
      ]),
    [queryClient],
  );
}
