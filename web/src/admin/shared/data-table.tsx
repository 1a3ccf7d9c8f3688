// The striped table every admin list draws: column headings, one row a record, and an optional
// last column of buttons whose heading is hidden (it still names the column for screen readers).
import type { ReactNode } from 'react';
import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  header: ReactNode;
  cell: (item: T, index: number) => ReactNode;
  /**
   * The column that names the row is a row header (`<th scope="row">`), so that screen readers
   * announce the record with each cell: "medium" sets it in weight 500, "plain" keeps the
   * table's own weight.
   */
  rowHeader?: 'medium' | 'plain';
}

export interface DataTableProps<T extends { id: string }> {
  items: T[];
  columns: Column<T>[];
  /** The buttons of a row, in a last column. */
  actions?: (item: T, index: number) => ReactNode;
  /** Wide tables scroll sideways below this width; a table without it (in a drawer) does not. */
  minWidth?: number;
  verticalSpacing?: TableProps['verticalSpacing'];
  'data-testid'?: string;
}

function Cell<T>({ column, item, index }: { column: Column<T>; item: T; index: number }) {
  const content = column.cell(item, index);
  if (!column.rowHeader) return <Table.Td>{content}</Table.Td>;
  return (
    <Table.Th scope="row" fw={column.rowHeader === 'medium' ? 500 : undefined}>
      {content}
    </Table.Th>
  );
}

/** The table, or nothing while there is no row (the caller says why). */
export function DataTable<T extends { id: string }>({ items, columns, actions, minWidth, verticalSpacing = 'xs', ...props }: DataTableProps<T>) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const table = (
    <Table striped verticalSpacing={verticalSpacing} data-testid={props['data-testid']}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            <Table.Th key={i} scope="col">
              {column.header}
            </Table.Th>
          ))}
          {actions && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item, index) => (
          <Table.Tr key={item.id}>
            {columns.map((column, i) => (
              <Cell key={i} column={column} item={item} index={index} />
            ))}
            {actions && <Table.Td>{actions(item, index)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}
