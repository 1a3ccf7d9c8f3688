// A delegation's end: the API keeps an instant; the form picks the last day it lasts (included).

/** The local calendar day of an instant, `YYYY-MM-DD`, for a date input. */
export function dayOf(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instant a delegation ends: the end of the chosen day, local time. */
export function endOfDay(day: string): string | null {
  if (!day) return null;
  const date = new Date(`${day}T23:59:59.999`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Whether a delegation is in force now: a delegate, until a date still ahead or until back (no date). */
export function delegationActive(user: { delegateUserId: string | null; delegateUntil: string | null }, now = new Date()): boolean {
  return !!user.delegateUserId && (!user.delegateUntil || new Date(user.delegateUntil) > now);
}
