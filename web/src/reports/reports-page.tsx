// /reports: the reports made in the agency, newest first; "Nouveau rapport" opens the form; the
// accounting export downloads the closed tickets of a period as CSV.
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../i18n/format.ts';
import { usePagedList } from '../admin/shared/queries.ts';
import { LoadMore } from '../admin/shared/load-more.tsx';
import { useProperties } from '../cockpit/shared/master-data.ts';
import type { Report } from './report-queries.ts';
import { ReportsTabs } from './reports-tabs.tsx';
import { NewReportForm } from './new-report-form.tsx';
import { PeriodFields, type Period } from './period-fields.tsx';
import { presetPeriod } from './report-period.ts';

function AccountingExport() {
  const { t } = useTranslation();
  const properties = useProperties();
  const [period, setPeriod] = useState<Period>(presetPeriod('lastYear'));
  const [propertyId, setPropertyId] = useState<string | null>(null);
  const query = new URLSearchParams({ from: period.from, to: period.to, ...(propertyId ? { propertyId } : {}) });
  return (
    <Stack gap="sm" maw={640}>
      <Text size="sm" c="dimmed">{t('reports.accounting.help')}</Text>
      <PeriodFields value={period} onChange={setPeriod} />
      <Select
        label={t('reports.form.property')}
        placeholder={t('reports.accounting.allProperties')}
        clearable
        searchable
        data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={propertyId}
        onChange={setPropertyId}
      />
      <Group>
        <Button component="a" href={`/api/v1/reports/accounting.csv?${query.toString()}`} download variant="default" leftSection={<IconDownload size={16} />}>
          {t('reports.accounting.download')}
        </Button>
      </Group>
    </Stack>
  );
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [panel, setPanel] = useState<'none' | 'new' | 'accounting'>('none');
  const list = usePagedList<Report>('reports', '/api/v1/reports');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('reports.title')}</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setPanel(panel === 'accounting' ? 'none' : 'accounting')}>
            {t('reports.accounting.title')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setPanel(panel === 'new' ? 'none' : 'new')}>
            {t('reports.new')}
          </Button>
        </Group>
      </Group>
      <ReportsTabs />
      {panel === 'new' && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('reports.new')}</Title>
          <NewReportForm />
        </Paper>
      )}
      {panel === 'accounting' && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('reports.accounting.title')}</Title>
          <AccountingExport />
        </Paper>
      )}
      {list.items.length === 0 && !list.isLoading ? (
        <Text c="dimmed">{t('reports.empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.list.place')}</Table.Th>
              <Table.Th>{t('reports.list.period')}</Table.Th>
              <Table.Th>{t('reports.list.made')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((report) => (
              <Table.Tr key={report.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/reports/${report.id}`}>
                    {report.unitReference ? t('reports.placeWithUnit', { property: report.propertyName, unit: report.unitReference }) : report.propertyName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t('reports.periodText', { from: format.calendarDate(report.from), to: format.calendarDate(report.to) })}</Table.Td>
                <Table.Td>{report.createdBy ? t('reports.madeBy', { at: format.dateTime(report.createdAt), name: report.createdBy.name }) : format.dateTime(report.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
    </Stack>
  );
}
