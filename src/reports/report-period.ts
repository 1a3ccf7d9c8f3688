// A report's period: two calendar days of the agency (both included), checked, and the instants
// they span in its time zone.
import { DomainError } from '../domain/errors.ts';
import { MAX_REPORT_YEARS } from '../domain/reports/building-report-rules.ts';
import { startOfDay, withinCalendar } from '../domain/time-zone.ts';

export interface Period {
  from: string;
  to: string;
}

/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The instant `day` begins in `timeZone` (noon UTC falls inside that day for every offset in use). */
export function dayStart(day: string, timeZone: string): Date {
  return startOfDay(new Date(`${day}T12:00:00Z`), timeZone);
}

/** Refuses a period outside the years 1900–2999, whose end is before its start, or longer than MAX_REPORT_YEARS. */
export function checkPeriod(period: Period): void {
  if (![period.from, period.to].every(withinCalendar)) {
    throw new DomainError('invalid_period', 'The period must lie between the years 1900 and 2999.');
  }
  if (period.from > period.to) throw new DomainError('invalid_period', 'The period starts after it ends: choose a start day on or before the end day.');
  const limit = new Date(`${period.from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REPORT_YEARS);
  if (nextDay(period.to) > limit.toISOString().slice(0, 10)) {
    throw new DomainError('period_too_long', `A report covers at most ${MAX_REPORT_YEARS} years: choose a shorter period.`);
  }
}

/** The first instant of the period and the one after its last day, in the agency's calendar. */
export function periodInstants(period: Period, timeZone: string): { start: Date; end: Date } {
  return { start: dayStart(period.from, timeZone), end: dayStart(nextDay(period.to), timeZone) };
}
