// What is free: the starts of a booking of `minutes` on one local day that the rules allow and no
// held time of a blocking booking overlaps (with the buffers) — what the portal offers to book.
import { instantAt, localTime, minutesOf } from './local-time.ts';
import { bookingProblem, heldRange, overlaps, type BookingCheck, type TimeRange } from './booking-rules.ts';

/** `taken`: the held ranges (heldRange) of the bookings sharing a lock key with this resource. */
export function freeSlots(day: string, minutes: number, check: BookingCheck, taken: readonly TimeRange[]): TimeRange[] {
  const { rules, timeZone } = check;
  const weekday = localTime(instantAt(day, 12 * 60, timeZone), timeZone).weekday;
  const slots: TimeRange[] = [];
  for (const window of rules.openingHours[weekday] ?? []) {
    const from = minutesOf(window.from)!;
    const to = minutesOf(window.to)!;
    for (let start = from; start + minutes <= to; start += rules.slotMinutes) {
      const range = { start: instantAt(day, start, timeZone), end: instantAt(day, start + minutes, timeZone) };
      if (bookingProblem(range, check) !== null) continue;
      const held = heldRange(range, rules.bufferMinutes);
      if (taken.some((other) => overlaps(other, held))) continue;
      slots.push(range);
    }
  }
  return slots;
}
