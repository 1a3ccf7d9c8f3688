// Whether a booking may be made (DOMAIN.md §15, Bookings): within one opening window of one day,
// on the slot step, between the shortest and longest, with the notice, not too far ahead, within
// the resident's limit, outside closed periods. Each refusal has its code and sentence (a table);
// a slot already taken is the database's answer (an exclusion constraint), mirrored by
// `overlaps` for the free slots shown.
import { localTime, minutesOf, nextDay, type LocalTime } from './local-time.ts';
import type { LimitPeriod, ResourceRules } from './resource-rules.ts';

export const BOOKING_PROBLEMS = {
  booking_bad_range: 'A booking ends after it starts.',
  booking_outside_hours: 'The resource is not open for the whole of that time.',
  booking_off_step: 'Bookings start and end on the resource’s slot step.',
  booking_too_short: 'That is shorter than the shortest booking of this resource.',
  booking_too_long: 'That is longer than the longest booking of this resource.',
  booking_too_soon: 'That starts sooner than the resource’s minimum notice.',
  booking_too_far_ahead: 'That is further ahead than bookings of this resource open.',
  booking_limit_reached: 'You already hold as many bookings of this resource as a resident may in that period.',
  booking_closed_period: 'The resource is closed then.',
} as const;
export type BookingProblem = keyof typeof BOOKING_PROBLEMS;

export interface TimeRange {
  start: Date;
  end: Date;
}

export interface BookingCheck {
  rules: ResourceRules;
  timeZone: string;
  now: Date;
  closures: readonly TimeRange[];
  /** The resident's pending and confirmed bookings of this resource. */
  residentBookings: readonly TimeRange[];
  /** A manager booking for a resident: the notice, the horizon and the limit do not apply. */
  byStaff?: boolean;
}

/** The period a local time counts in for the limit per resident. */
export function limitPeriodKey(local: LocalTime, period: LimitPeriod): string {
  if (period === 'day') return local.day;
  if (period === 'month') return local.day.slice(0, 7);
  const date = new Date(`${local.day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Whether [start, end) lies within one opening window of its day (a window to 24:00 ends at the next midnight). */
function withinOpeningHours(range: TimeRange, rules: ResourceRules, timeZone: string): { fits: boolean; windowStart?: number } {
  const start = localTime(range.start, timeZone);
  const end = localTime(range.end, timeZone);
  const endMinutes = end.day === start.day ? end.minutes : end.day === nextDay(start.day) && end.minutes === 0 ? 1440 : Number.POSITIVE_INFINITY;
  for (const window of rules.openingHours[start.weekday] ?? []) {
    const from = minutesOf(window.from)!;
    const to = minutesOf(window.to)!;
    if (start.minutes >= from && endMinutes <= to) return { fits: true, windowStart: from };
  }
  return { fits: false };
}

export const overlaps = (a: TimeRange, b: TimeRange) => a.start < b.end && b.start < a.end;

/** What stops this booking under the resource's rules, or null when it may be made. */
export function bookingProblem(range: TimeRange, check: BookingCheck): BookingProblem | null {
  const { rules, timeZone, now } = check;
  const minutes = (range.end.getTime() - range.start.getTime()) / 60_000;
  if (!(minutes > 0)) return 'booking_bad_range';
  const open = withinOpeningHours(range, rules, timeZone);
  if (!open.fits) return 'booking_outside_hours';
  const startMinutes = localTime(range.start, timeZone).minutes;
  if ((startMinutes - open.windowStart!) % rules.slotMinutes !== 0 || minutes % rules.slotMinutes !== 0 || range.start.getUTCSeconds() !== 0 || range.start.getUTCMilliseconds() !== 0) return 'booking_off_step';
  if (minutes < rules.minMinutes) return 'booking_too_short';
  if (minutes > rules.maxMinutes) return 'booking_too_long';
  if (check.closures.some((closure) => overlaps(closure, range))) return 'booking_closed_period';
  if (check.byStaff) return null;
  if (range.start.getTime() < now.getTime() + rules.minNoticeHours * 3_600_000) return 'booking_too_soon';
  if (range.start.getTime() > now.getTime() + rules.maxAheadDays * 86_400_000) return 'booking_too_far_ahead';
  if (rules.perResident) {
    const { period, count } = rules.perResident;
    const key = limitPeriodKey(localTime(range.start, timeZone), period);
    const held = check.residentBookings.filter((b) => limitPeriodKey(localTime(b.start, timeZone), period) === key).length;
    if (held >= count) return 'booking_limit_reached';
  }
  return null;
}

/** The time a booking holds its resource: its own, then the buffer before the next may start. */
export function heldRange(range: TimeRange, bufferMinutes: number): TimeRange {
  return { start: range.start, end: new Date(range.end.getTime() + bufferMinutes * 60_000) };
}

/** Whether a resident may still cancel a booking starting at `start` (staff always may). */
export function mayCancel(start: Date, rules: ResourceRules, now: Date): boolean {
  return now.getTime() <= start.getTime() - rules.cancelHoursBefore * 3_600_000;
}
