// The stacked bars of the activity: tickets per period, one colour per key of the breakdown (the
// eight largest; the rest together as "Others").
import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { ActivityFigures } from './activity-query.ts';

const COLOURS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'lime.7', 'red.6', 'indigo.4'];
const SHOWN = COLOURS.length;

export function ActivityChart({ figures, nameOf }: { figures: ActivityFigures; nameOf: (key: string | null, label: string | null) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = figures.breakdown.slice(0, SHOWN);
  const index = new Map(shown.map((b, i) => [b.key, `k${i}`]));
  const series = shown.map((b, i) => ({ name: `k${i}`, label: nameOf(b.key, b.label), color: COLOURS[i]! }));
  if (figures.breakdown.length > SHOWN) series.push({ name: 'other', label: t('activity.others'), color: 'gray.5' });
  const data = figures.series.map((s) => {
    const row: Record<string, string | number> = { period: periodLabel(format.locale, figures.grain, s.period) };
    for (const c of s.counts) {
      const name = index.get(c.key) ?? 'other';
      row[name] = Number(row[name] ?? 0) + c.count;
    }
    return row;
  });
  return (
    <BarChart
      h={300}
      data={data}
      dataKey="period"
      type="stacked"
      series={series}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="y"
      valueFormatter={(value) => format.number(value)}
      aria-label={t('activity.chartLabel')}
    />
  );
}

/** "janv. 2030" for a month, "7 janv." for a week (a calendar date: no time zone shift). */
export function periodLabel(locale: string, grain: 'week' | 'month', period: string): string {
  const date = new Date(`${period}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = grain === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
