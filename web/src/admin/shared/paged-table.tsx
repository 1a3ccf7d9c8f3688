// A list read page by page (`usePagedList`) drawn as a table with "load more" under it.
import type { DataTableProps } from './data-table.tsx';
import { ListTable } from './list-table.tsx';
import { LoadMore } from './load-more.tsx';

/** What the table needs of `usePagedList`'s answer. */
export interface PagedList<T> {
  items: T[];
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Props<T extends { id: string }> extends Omit<DataTableProps<T>, 'items'> {
  list: PagedList<T>;
  emptyText: string;
}

/** The table of the pages read so far, then the button (or the count once all are read). */
export function PagedTable<T extends { id: string }>({ list, emptyText, ...table }: Props<T>) {
  return (
    <>
      <ListTable pending={list.isPending} error={list.error} emptyText={emptyText} items={list.items} {...table} />
      {list.isSuccess && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      )}
    </>
  );
}
