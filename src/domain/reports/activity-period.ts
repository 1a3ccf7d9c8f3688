// The activity's period and its buckets (DOMAIN.md §14): calendar days in the agency's time zone,
// at most ten years, cut into weeks (starting on Monday) or months.
import { DomainError } from '../errors.ts';
import { withinCalendar } from '../time-zone.ts';
import type { ActivityGrain } from './report-codes.ts';

/** The longest period the activity answers for. */
export const MAX_ACTIVITY_YEARS = 10;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD`, checked (2026-02-30 is not one). */
export function parseDay(value: string, field: string): string {
  const match = DAY.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new DomainError('invalid_date', `${field} must be a calendar day written YYYY-MM-DD.`, { field });
  }
  if (!withinCalendar(value)) throw new DomainError('invalid_date', `${field} must lie between the years 1900 and 2999.`, { field });
  return value;
}

/** The period from `from` to `to` (both days included), checked: in order, ten years at most. */
export function checkPeriod(from: string, to: string): { from: string; to: string } {
  parseDay(from, 'from');
  parseDay(to, 'to');
  if (from > to) throw new DomainError('invalid_period', 'from must not come after to.', { field: 'from' });
  const limit = addDays(`${Number(from.slice(0, 4)) + MAX_ACTIVITY_YEARS}${from.slice(4)}`, 0);
  if (to >= limit) throw new DomainError('period_too_long', `The period may cover ${MAX_ACTIVITY_YEARS} years at most.`, { field: 'to' });
  return { from, to };
}

/** `day` moved by `days` (a UTC calendar computation: no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first day of the bucket holding `day`: its Monday, or the first of its month. */
export function bucketStart(day: string, grain: ActivityGrain): string {
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Every bucket the period touches, in order (empty ones included: a chart shows them as zero). */
export function bucketsOf(from: string, to: string, grain: ActivityGrain): string[] {
  const buckets: string[] = [];
  for (let start = bucketStart(from, grain); start <= to; ) {
    buckets.push(start);
    if (grain === 'week') start = addDays(start, 7);
    else {
      const [y, m] = start.split('-').map(Number) as [number, number];
      start = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    }
  }
  return buckets;
}

/** A share as a fraction rounded to four places, or null when there is nothing to divide. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
