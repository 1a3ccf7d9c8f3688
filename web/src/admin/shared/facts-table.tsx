// A record's facts as a two-column table (label, value): a message of the outbox, a webhook, one
// of its deliveries.
import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

export function FactsTable({ rows, labelWidth = 180, testId }: { rows: readonly (readonly [string, ReactNode])[]; labelWidth?: number; testId?: string }) {
  return (
    <Table variant="vertical" withTableBorder layout="fixed" data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth} scope="row">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
