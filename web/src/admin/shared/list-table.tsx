// A list read from the server and drawn as a table: the loader, the failure or the "empty" line
// stand where the table would be.
import { DataTable, type DataTableProps } from './data-table.tsx';
import { ListState } from './list-state.tsx';

interface Props<T extends { id: string }> extends DataTableProps<T> {
  pending: boolean;
  error: unknown;
  emptyText: string;
}

/** ListState then DataTable; rows already read stay shown even if a later call failed. */
export function ListTable<T extends { id: string }>({ pending, error, emptyText, ...table }: Props<T>) {
  return (
    <>
      <ListState pending={pending} error={error} empty={table.items.length === 0} emptyText={emptyText} />
      <DataTable {...table} />
    </>
  );
}
