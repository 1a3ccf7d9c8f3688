// The activity's query on screen: period presets, grain, breakdown, filters, and the API's
// address for the figures and for their CSV / XLSX exports.
import type { ActivityDimension, ActivityGrain } from '../../../../src/domain/reports/report-codes.ts';

export const PERIOD_PRESETS = ['3m', '12m', 'year', '3y'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface ActivityFilters {
  preset: PeriodPreset;
  grain: ActivityGrain;
  by: ActivityDimension;
  propertyId: string | null;
  categoryId: string | null;
  source: string | null;
  assigneeId: string | null;
}

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The preset's days, ending today (the browser's calendar). */
export function presetPeriod(preset: PeriodPreset, today = new Date()): { from: string; to: string } {
  const from = new Date(today);
  if (preset === 'year') from.setMonth(0, 1);
  else {
    from.setDate(1);
    from.setMonth(from.getMonth() - (preset === '3m' ? 2 : preset === '12m' ? 11 : 35));
  }
  return { from: day(from), to: day(today) };
}

/** The query string of the API's activity calls. */
export function activitySearch(filters: ActivityFilters, today?: Date): string {
  const { from, to } = presetPeriod(filters.preset, today);
  const params = new URLSearchParams({ grain: filters.grain, by: filters.by, from, to });
  for (const key of ['propertyId', 'categoryId', 'source', 'assigneeId'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** What GET /api/v1/reports/activity answers. */
export type { ActivityFigures } from '../../../../src/reports/activity/activity-figures.ts';
