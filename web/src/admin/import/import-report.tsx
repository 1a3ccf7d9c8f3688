// What an import would do (dry run) or did: the counts, then each row with its action and the
// columns that change (`name: "old" → "new"`).
import { useState } from 'react';
import { Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { ImportReportAnswer as Report } from '../../../../src/http/answers.ts';
import { StatusBadge } from '../shared/status-badge.tsx';

const TONES = { create: 'ok', update: 'info', unchanged: 'neutral' } as const;

/** The counts and the table of rows (unchanged rows on request). */
export function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const mode = report.dryRun ? 'dry' : 'done';
  const rows = report.rows.filter((row) => showUnchanged || row.action !== 'unchanged');
  const quote = (value: string | null) => (value === null || value === '' ? t('admin.import.empty') : `« ${value} »`);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-report-title" data-testid="import-report">
      <Stack gap="sm">
        <Title order={3} size="h4" id="import-report-title">
          {report.dryRun ? t('admin.import.dryRunTitle') : t('admin.import.doneTitle')}
        </Title>
        <Group gap="lg" role="status">
          <Text>{t(`admin.import.count.${mode}.create`, { count: report.created, n: format.number(report.created) })}</Text>
          <Text>{t(`admin.import.count.${mode}.update`, { count: report.updated, n: format.number(report.updated) })}</Text>
          <Text>{t('admin.import.count.unchanged', { count: report.unchanged, n: format.number(report.unchanged) })}</Text>
        </Group>
        {report.unchanged > 0 && (
          <Switch label={t('admin.import.showUnchanged')} checked={showUnchanged} onChange={(e) => setShowUnchanged(e.currentTarget.checked)} />
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={640} mah={560}>
            <Table striped verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.key')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.action')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td ff="monospace">{row.key}</Table.Td>
                    <Table.Td>
                      <StatusBadge tone={TONES[row.action]}>{t(`admin.import.rowAction.${mode}.${row.action}`)}</StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      {row.changes.map((change) => (
                        <Text key={change.field} size="sm">
                          <Text span ff="monospace">
                            {change.field}
                          </Text>{' '}
                          : {quote(change.from)} → {quote(change.to)}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
