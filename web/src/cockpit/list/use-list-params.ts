// The list's view read from, and written to, the address bar.
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { rememberListSearch } from '../shared/last-list-search.ts';
import { listParamsToSearch, parseListParams, type ListParams } from './list-params.ts';

/** The current view and a setter that replaces the history entry (no new entry per keystroke). */
export function useListParams(): [ListParams, (patch: Partial<ListParams>) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => parseListParams(search), [search]);
  useEffect(() => rememberListSearch(search), [search]);
  const update = useCallback(
    (patch: Partial<ListParams>) => {
      const next = listParamsToSearch({ ...params, ...patch });
      navigate(next ? `/?${next}` : '/', { replace: true });
    },
    [params, navigate],
  );
  return [params, update];
}
