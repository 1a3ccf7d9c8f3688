// /reports/{id}: one report's figures as they were computed, with charts (Mantine charts) and
// tables, amounts in the agency's currency for the interface's language, and its PDF.
import '@mantine/charts/styles.layer.css';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../i18n/format.ts';
import { useReport } from './report-queries.ts';
import { ReportsTabs } from './reports-tabs.tsx';

const COLOURS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6', 'yellow.7', 'gray.6'];

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={600} data-testid={testId}>{value}</Text>
    </Paper>
  );
}

export default function ReportPage({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useReport(params.id ?? '');
  if (report.isLoading) return null;
  if (!report.data) return <Text>{t('reports.notFound')}</Text>;
  const r = report.data.result;
  const money = (cents: number) => format.money(cents, r.currency);
  const place = report.data.unitReference ? t('reports.placeWithUnit', { property: report.data.propertyName, unit: report.data.unitReference }) : report.data.propertyName;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} href="/reports" size="sm">
            <Group gap={4}><IconArrowLeft size={14} />{t('reports.back')}</Group>
          </Anchor>
          <Title order={2} id="page-title">{place}</Title>
          <Text c="dimmed" size="sm">
            {report.data.propertyAddress} · {t('reports.periodText', { from: format.calendarDate(report.data.from), to: format.calendarDate(report.data.to) })}
          </Text>
          <Text c="dimmed" size="sm">
            {report.data.createdBy ? t('reports.madeBy', { at: format.dateTime(report.data.createdAt), name: report.data.createdBy.name }) : format.dateTime(report.data.createdAt)}
          </Text>
        </div>
        <Button component="a" href={`/api/v1/reports/${report.data.id}/report.pdf`} download leftSection={<IconDownload size={16} />}>
          {t('reports.downloadPdf')}
        </Button>
      </Group>
      <ReportsTabs />

      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {r.ticketCount && <Figure label={t('reports.items.ticketCount')} value={format.number(r.ticketCount.closed)} testId="report-ticket-count" />}
        {r.totalAmount && <Figure label={t('reports.items.totalAmount')} value={money(r.totalAmount.amountCents)} testId="report-total-amount" />}
        {r.interventionDuration && (
          <>
            <Figure label={t('reports.duration.mean')} value={r.interventionDuration.meanMinutes === null ? '—' : format.minutes(r.interventionDuration.meanMinutes)} />
            <Figure label={t('reports.duration.total')} value={format.minutes(r.interventionDuration.totalMinutes)} />
          </>
        )}
      </SimpleGrid>
      {r.ticketCount && (
        <Text size="sm" c="dimmed">
          {t('reports.leftOut', { pending: r.ticketCount.leftOutPending, duplicates: r.ticketCount.leftOutDuplicates })}
        </Text>
      )}
      {r.interventionDuration && (
        <Text size="sm" c="dimmed">
          {t('reports.duration.measured', { measured: r.interventionDuration.measured, count: r.interventionDuration.interventions })}
        </Text>
      )}

      {r.interventionsPerContractor && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('reports.items.interventionsPerContractor')}</Title>
          {r.interventionsPerContractor.rows.length === 0 ? (
            <Text c="dimmed">{t('reports.none')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <BarChart
                h={Math.max(160, 40 * r.interventionsPerContractor.rows.length)}
                data={r.interventionsPerContractor.rows.map((row) => ({ name: row.name, interventions: row.interventions }))}
                dataKey="name"
                orientation="vertical"
                yAxisProps={{ width: 160 }}
                xAxisProps={{ allowDecimals: false }}
                series={[{ name: 'interventions', label: t('reports.table.interventions'), color: 'blue.6' }]}
                valueFormatter={(value) => format.number(value)}
                data-testid="chart-interventions"
              />
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('reports.table.contractor')}</Table.Th><Table.Th ta="right">{t('reports.table.interventions')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.interventionsPerContractor.rows.map((row) => (
                    <Table.Tr key={`${row.contractorId}-${row.name}`}><Table.Td>{row.name}</Table.Td><Table.Td ta="right">{format.number(row.interventions)}</Table.Td></Table.Tr>
                  ))}
                  <Table.Tr fw={600}><Table.Td>{t('reports.table.total')}</Table.Td><Table.Td ta="right">{format.number(r.interventionsPerContractor.total)}</Table.Td></Table.Tr>
                </Table.Tbody>
              </Table>
            </SimpleGrid>
          )}
        </Paper>
      )}

      {r.amountPerContractor && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('reports.items.amountPerContractor')}</Title>
          {r.amountPerContractor.rows.length === 0 ? (
            <Text c="dimmed">{t('reports.none')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <DonutChart
                withLabelsLine={false}
                withTooltip
                size={180}
                thickness={28}
                valueFormatter={(value) => money(value * 100)}
                data={r.amountPerContractor.rows.map((row, i) => ({ name: row.name, value: row.amountCents / 100, color: COLOURS[i % COLOURS.length]! }))}
                chartLabel={money(r.amountPerContractor.totalCents)}
                data-testid="chart-amounts"
              />
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.table.contractor')}</Table.Th>
                    <Table.Th ta="right">{t('reports.table.priced')}</Table.Th>
                    <Table.Th ta="right">{t('reports.table.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.amountPerContractor.rows.map((row) => (
                    <Table.Tr key={`${row.contractorId}-${row.name}`}>
                      <Table.Td>{row.name}</Table.Td><Table.Td ta="right">{format.number(row.dispatches)}</Table.Td><Table.Td ta="right">{money(row.amountCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={600}><Table.Td>{t('reports.table.total')}</Table.Td><Table.Td /><Table.Td ta="right">{money(r.amountPerContractor.totalCents)}</Table.Td></Table.Tr>
                </Table.Tbody>
              </Table>
            </SimpleGrid>
          )}
        </Paper>
      )}
    </Stack>
  );
}
