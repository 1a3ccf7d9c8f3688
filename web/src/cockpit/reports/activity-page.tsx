// The "Activité" screen (/reports/activity): tickets per week or month by a dimension, first
// response and resolution times, feedback; filters, tables under the charts, CSV and XLSX exports.
import { useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { ACTIVITY_DIMENSIONS, type ActivityDimension, type ActivityGrain } from '../../../../src/domain/reports/report-codes.ts';
import { SOURCES } from '../../../../src/domain/tickets/codes.ts';
import { assignable, optionsOf, propertyLabel, useAllCategories, useAllProperties, useAllUsers } from '../../admin/shared/option-lists.ts';
import { useLabels } from '../shared/labels.ts';
import { ActivityChart, periodLabel } from './activity-chart.tsx';
import { activitySearch, PERIOD_PRESETS, type ActivityFigures, type ActivityFilters, type PeriodPreset } from './activity-query.ts';
import { ReportsTabs } from '../../reports/reports-tabs.tsx';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600} size="lg">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

export default function ActivityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const [filters, setFilters] = useState<ActivityFilters>({ preset: '12m', grain: 'month', by: 'status', propertyId: null, categoryId: null, source: null, assigneeId: null });
  const set = (patch: Partial<ActivityFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const search = activitySearch(filters);
  const query = useQuery({ queryKey: ['activity', search], queryFn: () => api.get<ActivityFigures>(`/api/v1/reports/activity?${search}`), placeholderData: keepPreviousData });
  const properties = useAllProperties();
  const categories = useAllCategories();
  const users = useAllUsers();
  const figures = query.data;

  const nameOf = (key: string | null, label: string | null) => {
    if (key === null) return t('activity.none');
    if (filters.by === 'status') return labels.status(key);
    if (filters.by === 'source') return labels.source(key);
    return label ?? key;
  };
  const hours = (seconds: number | null) => {
    if (seconds === null) return '—';
    if (seconds < 3600) return format.minutes(Math.round(seconds / 60));
    return seconds >= 48 * 3600 ? t('activity.days', { value: format.number(Math.round((seconds / 86400) * 10) / 10) }) : t('activity.hours', { value: format.number(Math.round((seconds / 3600) * 10) / 10) });
  };
  const percent = (share: number | null) => (share === null ? '—' : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="page-title">{t('activity.title')}</Title>
        <Group gap="xs">
          <Button component="a" href={`/api/v1/reports/activity.csv?${search}`} download variant="default" size="xs" leftSection={<IconDownload size={16} aria-hidden="true" />}>
            {t('activity.exportCsv')}
          </Button>
          <Button component="a" href={`/api/v1/reports/activity.xlsx?${search}`} download variant="default" size="xs" leftSection={<IconDownload size={16} aria-hidden="true" />}>
            {t('activity.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <ReportsTabs />

      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label={t('activity.period')}
          value={filters.preset}
          onChange={(v) => set({ preset: v as PeriodPreset })}
          data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`activity.preset.${p}`) }))}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('activity.grain')}
          value={filters.grain}
          onChange={(v) => set({ grain: v as ActivityGrain })}
          data={[{ value: 'month', label: t('activity.months') }, { value: 'week', label: t('activity.weeks') }]}
        />
        <Select
          size="xs"
          label={t('activity.by')}
          value={filters.by}
          allowDeselect={false}
          onChange={(v) => v && set({ by: v as ActivityDimension })}
          data={ACTIVITY_DIMENSIONS.map((d) => ({ value: d, label: t(`activity.dimension.${d}`) }))}
          w={150}
        />
        <Select size="xs" label={t('activity.dimension.property')} placeholder={t('activity.all')} clearable searchable value={filters.propertyId} onChange={(v) => set({ propertyId: v })} data={optionsOf(properties.data, propertyLabel)} w={200} />
        <Select size="xs" label={t('activity.dimension.category')} placeholder={t('activity.all')} clearable searchable value={filters.categoryId} onChange={(v) => set({ categoryId: v })} data={optionsOf(categories.data, (c) => c.name)} w={180} />
        <Select size="xs" label={t('activity.dimension.source')} placeholder={t('activity.all')} clearable value={filters.source} onChange={(v) => set({ source: v })} data={SOURCES.map((s) => ({ value: s, label: labels.source(s) }))} w={160} />
        <Select size="xs" label={t('activity.dimension.assignee')} placeholder={t('activity.all')} clearable searchable value={filters.assigneeId} onChange={(v) => set({ assigneeId: v })} data={optionsOf(assignable(users.data), (u) => u.name)} w={180} />
      </Group>

      {query.isError && <Alert color="red">{t('activity.failed')}</Alert>}
      {!figures ? (
        query.isPending && <Loader aria-label={t('app.loading')} />
      ) : (
        <>
          <Paper withBorder p="sm" radius="sm">
            <Text size="sm" fw={600} mb="xs">
              {t('activity.ticketsPer', { count: figures.total, total: format.number(figures.total), grain: t(figures.grain === 'week' ? 'activity.perWeek' : 'activity.perMonth') })}
            </Text>
            <ActivityChart figures={figures} nameOf={nameOf} />
          </Paper>

          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" aria-label={t('activity.times')}>
            <Figure label={t('activity.firstResponseMedian')} value={hours(figures.firstResponse.medianSeconds)} />
            <Figure label={t('activity.firstResponseP90')} value={hours(figures.firstResponse.p90Seconds)} />
            <Figure label={t('activity.withinTarget')} value={percent(figures.firstResponse.withinTargetShare)} hint={t('activity.ofResponses', { within: format.number(figures.firstResponse.withinTarget), count: figures.firstResponse.responded, responded: format.number(figures.firstResponse.responded) })} />
            <Figure label={t('activity.withoutResponse')} value={format.number(figures.firstResponse.withoutResponse)} hint={t('activity.overdue', { value: format.number(figures.firstResponse.withoutResponseOverdue) })} />
            <Figure label={t('activity.resolutionMedian')} value={hours(figures.resolution.medianSeconds)} />
            <Figure label={t('activity.resolutionP90')} value={hours(figures.resolution.p90Seconds)} />
          </SimpleGrid>

          <Paper withBorder p="sm" radius="sm">
            <Group justify="space-between" mb={6}>
              <Text size="sm" fw={600}>{t('activity.feedback')}</Text>
              <Text size="xs" c="dimmed">{t('activity.feedbackShare', { share: percent(figures.feedback.share), count: figures.feedback.resolved, resolved: format.number(figures.feedback.resolved) })}</Text>
            </Group>
            {figures.feedback.given > 0 ? (
              <Progress.Root size="lg" aria-label={t('activity.feedback')}>
                {(['good', 'fair', 'bad'] as const).map((rating) =>
                  figures.feedback[rating] > 0 ? (
                    <Progress.Section key={rating} value={(figures.feedback[rating] / figures.feedback.given) * 100} color={{ good: 'teal', fair: 'yellow', bad: 'red' }[rating]}>
                      <Progress.Label>{format.number(figures.feedback[rating])}</Progress.Label>
                    </Progress.Section>
                  ) : null,
                )}
              </Progress.Root>
            ) : (
              <Text size="sm" c="dimmed">{t('activity.noFeedback')}</Text>
            )}
            <Group gap="md" mt={6}>
              {(['good', 'fair', 'bad'] as const).map((rating) => (
                <Text key={rating} size="xs">{t(`activity.rating.${rating}`)} {format.number(figures.feedback[rating])}</Text>
              ))}
            </Group>
          </Paper>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Table striped withTableBorder verticalSpacing={4} aria-label={t('activity.breakdownTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`activity.dimension.${figures.by}`)}</Table.Th>
                  <Table.Th ta="right">{t('activity.tickets')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.breakdown.map((b) => (
                  <Table.Tr key={b.key ?? 'none'}>
                    <Table.Td>{nameOf(b.key, b.label)}</Table.Td>
                    <Table.Td ta="right">{format.number(b.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table striped withTableBorder verticalSpacing={4} aria-label={t('activity.seriesTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(figures.grain === 'week' ? 'activity.week' : 'activity.month')}</Table.Th>
                  <Table.Th ta="right">{t('activity.tickets')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.series.map((s) => (
                  <Table.Tr key={s.period}>
                    <Table.Td>{periodLabel(format.locale, figures.grain, s.period)}</Table.Td>
                    <Table.Td ta="right">{format.number(s.total)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
