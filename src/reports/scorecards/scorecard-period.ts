// The period of a scorecard: calendar days in the agency's time zone, `from` and `to` included;
// by default the twelve months up to today.
import { DomainError } from '../../domain/errors.ts';
import { calendarDay, startOfDay, withinCalendar } from '../../domain/time-zone.ts';
import { MAX_SCORECARD_DAYS } from '../../domain/reports/scorecard-figures.ts';

export interface ScorecardPeriod {
  from: string;
  to: string;
  /** The instants the period covers: `start` included, `end` excluded. */
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

function validDay(day: string): boolean {
  const at = noon(day);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day && withinCalendar(day);
}

/** The period asked for, or the last twelve months; 400 `invalid_scorecard_period` when it makes no sense. */
export function scorecardPeriod(query: { from?: string; to?: string }, now: Date, timeZone: string): ScorecardPeriod {
  const to = query.to ?? calendarDay(now, timeZone);
  const from = query.from ?? (() => {
    const year = noon(to);
    year.setUTCFullYear(year.getUTCFullYear() - 1);
    return new Date(year.getTime() + DAY_MS).toISOString().slice(0, 10);
  })();
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    if (!validDay(day)) throw new DomainError('invalid_scorecard_period', `"${field}" must be a calendar day written YYYY-MM-DD, between the years 1900 and 2999.`, { field });
  }
  const start = startOfDay(noon(from), timeZone);
  const end = startOfDay(new Date(noon(to).getTime() + DAY_MS), timeZone);
  if (start >= end) throw new DomainError('invalid_scorecard_period', 'The period ends before it starts: "to" must be on or after "from".', { field: 'to' });
  if ((end.getTime() - start.getTime()) / DAY_MS > MAX_SCORECARD_DAYS + 1) {
    throw new DomainError('invalid_scorecard_period', 'A scorecard covers at most five years; choose a shorter period.', { field: 'from' });
  }
  return { from, to, start, end };
}
