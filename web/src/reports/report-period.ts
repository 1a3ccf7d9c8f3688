// The period presets of a new report, computed in the browser's calendar (YYYY-MM-DD).

export type PeriodPreset = 'lastYear' | 'last12Months' | 'thisYear';
export const PERIOD_PRESETS: PeriodPreset[] = ['lastYear', 'last12Months', 'thisYear'];

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The first and last day of a preset, both included. */
export function presetPeriod(preset: PeriodPreset, today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: day(today) };
  const start = new Date(today);
  start.setFullYear(year - 1);
  start.setDate(start.getDate() + 1);
  return { from: day(start), to: day(today) };
}
