// The bad lines of a refused file, each with its line, column and message: nothing was written.
import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../src/http/answers.ts';

/** A red alert and the table of errors. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" variant="light" title={t('admin.import.errorsTitle', { count: errors.length })} data-testid="import-errors">
      <Text size="sm" mb="sm">
        {t('admin.import.nothingWritten')}
      </Text>
      <Table.ScrollContainer minWidth={560} mah={480}>
        <Table verticalSpacing={4} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.import.line')}</Table.Th>
              <Table.Th scope="col">{t('admin.import.column')}</Table.Th>
              <Table.Th scope="col">{t('admin.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((error, index) => (
              <Table.Tr key={index}>
                <Table.Td>{error.line}</Table.Td>
                <Table.Td ff="monospace">{error.field ?? '—'}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
