// Calendar arithmetic in an agency's time zone (what "today" means for a French agency).

/** The calendar days the app reasons about: the time-zone arithmetic below (Intl) and the
 * databases handle these; a day asked outside them is refused, not computed. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2999-12-31';

/** Whether `day` (YYYY-MM-DD) lies between FIRST_DAY and LAST_DAY. */
export function withinCalendar(day: string): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

function offsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant the day containing `now` began in `timeZone`. */
export function startOfDay(now: Date, timeZone: string): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  return new Date(midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000);
}

/** The calendar day of `now` in `timeZone`, as `YYYY-MM-DD` (what relations' start and end dates compare to). */
export function calendarDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
