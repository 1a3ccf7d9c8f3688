// A bookable resource's rules (DOMAIN.md §15, Bookings): when it opens, the step its slots start
// on, how short and long a booking may be, the buffer between two, how soon and how far ahead one
// may book, how many a resident may hold per period, instant or approved, the cancellation
// deadline, the price and deposit shown (no payment). Stored as JSON on the resource.
import { WEEKDAYS, minutesOf, type Weekday } from './local-time.ts';

export const RESOURCE_KINDS = ['common_room', 'guest_room', 'laundry', 'parking', 'tools', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const APPROVALS = ['instant', 'manager'] as const;
export type Approval = (typeof APPROVALS)[number];

export const LIMIT_PERIODS = ['day', 'week', 'month'] as const;
export type LimitPeriod = (typeof LIMIT_PERIODS)[number];

/** An opening window of one weekday, local time: "08:00" to "22:00" ("24:00" for midnight). */
export interface OpeningWindow {
  from: string;
  to: string;
}

export interface ResourceRules {
  openingHours: Record<Weekday, OpeningWindow[]>;
  /** Bookings start on this step from a window's start, and last a multiple of it. */
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  /** Free time kept after each booking before the next may start. */
  bufferMinutes: number;
  minNoticeHours: number;
  maxAheadDays: number;
  /** At most `count` bookings per resident starting in one day, week (from Monday) or month; null: no limit. */
  perResident: { count: number; period: LimitPeriod } | null;
  approval: Approval;
  /** A resident cancels up to this many hours before the start. */
  cancelHoursBefore: number;
  priceCents: number | null;
  depositCents: number | null;
}

const EVERY_DAY = (from: string, to: string) => Object.fromEntries(WEEKDAYS.map((d) => [d, [{ from, to }]])) as Record<Weekday, OpeningWindow[]>;

export const DEFAULT_RESOURCE_RULES: ResourceRules = {
  openingHours: EVERY_DAY('08:00', '22:00'),
  slotMinutes: 30,
  minMinutes: 60,
  maxMinutes: 240,
  bufferMinutes: 0,
  minNoticeHours: 2,
  maxAheadDays: 60,
  perResident: { count: 2, period: 'week' },
  approval: 'instant',
  cancelHoursBefore: 24,
  priceCents: null,
  depositCents: null,
};

/** The rules in force: the stored ones over the defaults. */
export function resourceRulesOf(stored: Partial<ResourceRules> | null | undefined): ResourceRules {
  return { ...DEFAULT_RESOURCE_RULES, ...(stored ?? {}), openingHours: { ...DEFAULT_RESOURCE_RULES.openingHours, ...(stored?.openingHours ?? {}) } };
}

/** What is wrong with rules as given (a field and a sentence), or null. */
export function resourceRulesProblem(rules: ResourceRules): { field: string; message: string } | null {
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!whole(rules.slotMinutes, 5, 1440) || 1440 % rules.slotMinutes !== 0) return { field: 'rules.slotMinutes', message: 'The slot step is a number of minutes that divides a day (5 to 1440).' };
  if (!whole(rules.minMinutes, rules.slotMinutes, 60 * 24 * 31) || rules.minMinutes % rules.slotMinutes !== 0) return { field: 'rules.minMinutes', message: 'The shortest booking is a whole number of slots.' };
  if (!whole(rules.maxMinutes, rules.minMinutes, 60 * 24 * 31) || rules.maxMinutes % rules.slotMinutes !== 0) return { field: 'rules.maxMinutes', message: 'The longest booking is a whole number of slots, at least the shortest.' };
  if (!whole(rules.bufferMinutes, 0, 1440)) return { field: 'rules.bufferMinutes', message: 'The buffer is 0 to 1440 minutes.' };
  if (!whole(rules.minNoticeHours, 0, 24 * 90)) return { field: 'rules.minNoticeHours', message: 'The minimum notice is 0 to 2160 hours.' };
  if (!whole(rules.maxAheadDays, 1, 730)) return { field: 'rules.maxAheadDays', message: 'Bookings open 1 to 730 days ahead.' };
  if (!whole(rules.cancelHoursBefore, 0, 24 * 90)) return { field: 'rules.cancelHoursBefore', message: 'The cancellation deadline is 0 to 2160 hours before.' };
  if (rules.perResident && (!whole(rules.perResident.count, 1, 1000) || !(LIMIT_PERIODS as readonly string[]).includes(rules.perResident.period))) {
    return { field: 'rules.perResident', message: 'The limit per resident is 1 to 1000 bookings a day, week or month.' };
  }
  for (const money of ['priceCents', 'depositCents'] as const) {
    const value = rules[money];
    if (value !== null && !whole(value, 0, 100_000_000)) return { field: `rules.${money}`, message: 'An amount is a whole number of cents, 0 or more.' };
  }
  for (const day of WEEKDAYS) {
    const windows = rules.openingHours[day] ?? [];
    let previousEnd = -1;
    for (const [i, window] of [...windows].sort((a, b) => (minutesOf(a.from) ?? 0) - (minutesOf(b.from) ?? 0)).entries()) {
      const from = minutesOf(window.from);
      const to = minutesOf(window.to);
      if (from === undefined || to === undefined || from >= to) return { field: `rules.openingHours.${day}[${i}]`, message: 'An opening window runs from HH:MM to a later HH:MM.' };
      if (from < previousEnd) return { field: `rules.openingHours.${day}`, message: 'Opening windows of one day do not overlap.' };
      previousEnd = to;
    }
  }
  return null;
}
