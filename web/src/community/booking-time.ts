// Bookings' times in the agency's time zone, for the cockpit and the portal alike: the local day
// of an instant, its clock time, a day's label, and the instant of a local day and clock time
// (src/domain/bookings/local-time.ts).
import { instantAt, localTime, minutesOf, nextDay } from '../../../src/domain/bookings/local-time.ts';

export { nextDay };

/** The local day (YYYY-MM-DD) of an instant. */
export const dayOf = (at: string | Date, timeZone: string) => localTime(new Date(at), timeZone).day;

/** "14:00". */
export function clockOf(at: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(at));
}

/** "14:00 – 16:00"; a booking to midnight ends at "24:00". */
export function hoursOf(start: string, end: string, timeZone: string): string {
  const to = clockOf(end, timeZone);
  return `${clockOf(start, timeZone)} – ${to === '00:00' && new Date(end) > new Date(start) ? '24:00' : to}`;
}

/** "mercredi 3 mars" / "Wednesday 3 March" of a local day. */
export function dayLabel(day: string, locale: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** The instant (ISO) of a local day at "HH:MM"; undefined when the time is not one. */
export function instantOf(day: string, clock: string, timeZone: string): string | undefined {
  const minutes = minutesOf(clock);
  if (minutes === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return instantAt(day, minutes, timeZone).toISOString();
}

/** The local day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  let current = day;
  for (let i = 0; i < n; i++) current = nextDay(current);
  for (let i = 0; i > n; i--) current = new Date(Date.parse(`${current}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return current;
}

/** The Monday of the week of `day`. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
