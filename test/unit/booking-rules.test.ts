// The availability rules of bookable resources (src/domain/bookings/): examples of each refusal,
// the local time across a DST change, the free slots, and a property: no generated sequence of
// bookings, cancellations and rule changes ever yields two overlapping bookings of resources that
// block each other, or a booking outside the rules in force when it was made.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantAt, localTime, WEEKDAYS } from '../../src/domain/bookings/local-time.ts';
import { DEFAULT_RESOURCE_RULES, resourceRulesProblem, type ResourceRules } from '../../src/domain/bookings/resource-rules.ts';
import { bookingProblem, heldRange, mayCancel, overlaps, type BookingCheck, type TimeRange } from '../../src/domain/bookings/booking-rules.ts';
import { freeSlots } from '../../src/domain/bookings/free-slots.ts';
import { lockKeys, type ResourceLink } from '../../src/domain/bookings/lock-keys.ts';

const TZ = 'Europe/Paris';
const at = (iso: string) => new Date(iso);
const rules = (over: Partial<ResourceRules> = {}): ResourceRules => ({ ...DEFAULT_RESOURCE_RULES, ...over });
const check = (over: Partial<BookingCheck> = {}): BookingCheck => ({ rules: rules(), timeZone: TZ, now: at('2026-12-01T08:00:00Z'), closures: [], residentBookings: [], ...over });
// 2026-12-10 is a Thursday; Paris is UTC+1 in winter.
const range = (from: string, to: string): TimeRange => ({ start: at(`2026-12-10T${from}:00+01:00`), end: at(`2026-12-10T${to}:00+01:00`) });

describe('local time of an agency', () => {
  it('reads the local day, weekday and minute, in winter and in summer', () => {
    expect(localTime(at('2026-12-10T07:30:00Z'), TZ)).toEqual({ day: '2026-12-10', weekday: 'thu', minutes: 8 * 60 + 30 });
    expect(localTime(at('2026-07-10T07:30:00Z'), TZ)).toEqual({ day: '2026-07-10', weekday: 'fri', minutes: 9 * 60 + 30 });
  });
  it('finds the instant of a local minute on both sides of the spring DST change', () => {
    expect(instantAt('2026-03-28', 10 * 60, TZ).toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(instantAt('2026-03-29', 10 * 60, TZ).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(instantAt('2026-12-10', 1440, TZ).toISOString()).toBe('2026-12-10T23:00:00.000Z');
  });
});

describe('a booking under the rules', () => {
  it('is allowed inside the opening hours, on the step, between the shortest and the longest', () => {
    expect(bookingProblem(range('10:00', '12:00'), check())).toBeNull();
  });
  it('says what stops it', () => {
    expect(bookingProblem(range('12:00', '10:00'), check())).toBe('booking_bad_range');
    expect(bookingProblem(range('07:00', '09:00'), check())).toBe('booking_outside_hours');
    expect(bookingProblem(range('21:00', '23:00'), check())).toBe('booking_outside_hours');
    expect(bookingProblem(range('10:15', '11:15'), check())).toBe('booking_off_step');
    expect(bookingProblem(range('10:00', '10:30'), check())).toBe('booking_too_short');
    expect(bookingProblem(range('10:00', '15:00'), check())).toBe('booking_too_long');
    expect(bookingProblem(range('10:00', '11:00'), check({ now: at('2026-12-10T08:30:00Z') }))).toBe('booking_too_soon');
    expect(bookingProblem(range('10:00', '11:00'), check({ rules: rules({ maxAheadDays: 5 }) }))).toBe('booking_too_far_ahead');
    expect(bookingProblem(range('10:00', '11:00'), check({ closures: [range('11:30', '12:00'), { start: at('2026-12-10T09:30:00Z'), end: at('2026-12-10T10:30:00Z') }] }))).toBe('booking_closed_period');
  });
  it('counts the resident’s bookings in the same week (from Monday), not the week before', () => {
    const limited = rules({ perResident: { count: 1, period: 'week' } });
    // Monday 7 December is the same week as Thursday 10; Sunday 6 is the week before.
    expect(bookingProblem(range('10:00', '11:00'), check({ rules: limited, residentBookings: [{ start: at('2026-12-07T10:00:00Z'), end: at('2026-12-07T11:00:00Z') }] }))).toBe('booking_limit_reached');
    expect(bookingProblem(range('10:00', '11:00'), check({ rules: limited, residentBookings: [{ start: at('2026-12-06T10:00:00Z'), end: at('2026-12-06T11:00:00Z') }] }))).toBeNull();
  });
  it('lets a manager book for a resident without notice or limit, but not outside the hours', () => {
    const late = check({ now: at('2026-12-10T08:55:00Z'), rules: rules({ perResident: { count: 1, period: 'day' } }), residentBookings: [range('14:00', '15:00')], byStaff: true });
    expect(bookingProblem(range('10:00', '11:00'), late)).toBeNull();
    expect(bookingProblem(range('06:00', '07:00'), late)).toBe('booking_outside_hours');
  });
  it('allows a window that runs to midnight', () => {
    const night = rules({ openingHours: { ...DEFAULT_RESOURCE_RULES.openingHours, thu: [{ from: '20:00', to: '24:00' }] } });
    expect(bookingProblem(range('22:00', '23:00'), check({ rules: night }))).toBeNull();
    expect(bookingProblem({ start: at('2026-12-10T22:00:00+01:00'), end: at('2026-12-11T00:00:00+01:00') }, check({ rules: night }))).toBeNull();
  });
  it('cancels up to the deadline only', () => {
    const start = at('2026-12-10T10:00:00Z');
    expect(mayCancel(start, rules({ cancelHoursBefore: 24 }), at('2026-12-09T10:00:00Z'))).toBe(true);
    expect(mayCancel(start, rules({ cancelHoursBefore: 24 }), at('2026-12-09T10:01:00Z'))).toBe(false);
  });
  it('refuses rules that make no sense, with the field', () => {
    expect(resourceRulesProblem(rules())).toBeNull();
    expect(resourceRulesProblem(rules({ slotMinutes: 7 }))?.field).toBe('rules.slotMinutes');
    expect(resourceRulesProblem(rules({ minMinutes: 45 }))?.field).toBe('rules.minMinutes');
    expect(resourceRulesProblem(rules({ openingHours: { ...DEFAULT_RESOURCE_RULES.openingHours, mon: [{ from: '10:00', to: '09:00' }] } }))?.field).toBe('rules.openingHours.mon[0]');
    expect(resourceRulesProblem(rules({ openingHours: { ...DEFAULT_RESOURCE_RULES.openingHours, mon: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '14:00' }] } }))?.field).toBe('rules.openingHours.mon');
  });
});

describe('free slots', () => {
  it('offers the starts of the day the rules allow, minus what a blocking booking holds with its buffer', () => {
    const tight = rules({ openingHours: { ...DEFAULT_RESOURCE_RULES.openingHours, thu: [{ from: '09:00', to: '13:00' }] }, bufferMinutes: 30 });
    const taken = [heldRange(range('10:00', '11:00'), 30)];
    const starts = freeSlots('2026-12-10', 60, check({ rules: tight }), taken).map((s) => localTime(s.start, TZ).minutes / 60);
    // 09:00 would run into 10:00 with its buffer (09:00–10:30); 11:00 is inside the other's buffer.
    expect(starts).toEqual([11.5, 12]);
  });
});

describe('lock keys of resources that block each other', () => {
  const links: ResourceLink[] = [{ id: 'hall-a', resourceId: 'hall', blocksResourceId: 'half-a' }, { id: 'hall-b', resourceId: 'hall', blocksResourceId: 'half-b' }];
  const share = (a: string, b: string) => lockKeys(a, links).some((k) => lockKeys(b, links).includes(k));
  it('makes the hall block each half, and the halves not block each other', () => {
    expect(share('hall', 'half-a')).toBe(true);
    expect(share('hall', 'half-b')).toBe(true);
    expect(share('half-a', 'half-b')).toBe(false);
    expect(share('half-a', 'half-a')).toBe(true);
  });
});

// ---- the property ----------------------------------------------------------------------------

interface Booking extends TimeRange {
  id: number;
  resourceId: string;
  resident: number;
  rules: ResourceRules;
  madeAt: Date;
  active: boolean;
}

const RESOURCES = ['hall', 'half-a', 'half-b', 'laundry'];
const LINKS: ResourceLink[] = [{ id: 'l1', resourceId: 'hall', blocksResourceId: 'half-a' }, { id: 'l2', resourceId: 'half-b', blocksResourceId: 'hall' }];
/** Blocking written out by hand (not through lockKeys): a resource blocks itself and its linked ones. */
const BLOCKS: Record<string, string[]> = { hall: ['hall', 'half-a', 'half-b'], 'half-a': ['half-a', 'hall'], 'half-b': ['half-b', 'hall'], laundry: ['laundry'] };

const windowArb = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 8 })).map(([fromHalfHours, lengthHours]) => {
  const from = fromHalfHours * 30 + 6 * 60;
  const to = Math.min(1440, from + lengthHours * 60);
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { from: clock(from), to: clock(to) };
});
const rulesArb: fc.Arbitrary<ResourceRules> = fc.record({
  window: windowArb,
  slotMinutes: fc.constantFrom(15, 30, 60),
  minSlots: fc.integer({ min: 1, max: 2 }),
  extraSlots: fc.integer({ min: 0, max: 6 }),
  bufferMinutes: fc.constantFrom(0, 15, 30),
  minNoticeHours: fc.integer({ min: 0, max: 48 }),
  maxAheadDays: fc.integer({ min: 1, max: 14 }),
  limit: fc.option(fc.record({ count: fc.integer({ min: 1, max: 3 }), period: fc.constantFrom('day' as const, 'week' as const, 'month' as const) })),
}).map((r) => ({
  ...DEFAULT_RESOURCE_RULES,
  openingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [r.window]])) as ResourceRules['openingHours'],
  slotMinutes: r.slotMinutes,
  minMinutes: r.minSlots * r.slotMinutes,
  maxMinutes: (r.minSlots + r.extraSlots) * r.slotMinutes,
  bufferMinutes: r.bufferMinutes,
  minNoticeHours: r.minNoticeHours,
  maxAheadDays: r.maxAheadDays,
  perResident: r.limit,
}));

const opArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('book' as const), resource: fc.constantFrom(...RESOURCES), resident: fc.integer({ min: 1, max: 4 }), dayOffset: fc.integer({ min: 0, max: 4 }), startQuarter: fc.integer({ min: 0, max: 95 }), quarters: fc.integer({ min: -1, max: 24 }), pickFree: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rules' as const), resource: fc.constantFrom(...RESOURCES), rules: rulesArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 72 }) }) },
);

/** The booking engine as the use case runs it: the rules, then the lock keys' overlaps (the
 * database's exclusion constraint, here checked in memory). */
function tryBook(state: { bookings: Booking[]; rules: Record<string, ResourceRules>; now: Date }, resourceId: string, resident: number, wanted: TimeRange): 'ok' | string {
  const resourceRules = state.rules[resourceId]!;
  const problem = bookingProblem(wanted, {
    rules: resourceRules, timeZone: TZ, now: state.now, closures: [],
    residentBookings: state.bookings.filter((b) => b.active && b.resourceId === resourceId && b.resident === resident),
  });
  if (problem) return problem;
  const keys = lockKeys(resourceId, LINKS);
  const held = heldRange(wanted, resourceRules.bufferMinutes);
  const clash = state.bookings.some((b) => b.active && lockKeys(b.resourceId, LINKS).some((k) => keys.includes(k)) && overlaps(heldRange(b, b.rules.bufferMinutes), held));
  if (clash) return 'booking_slot_taken';
  state.bookings.push({ ...wanted, id: state.bookings.length, resourceId, resident, rules: resourceRules, madeAt: state.now, active: true });
  return 'ok';
}

/** The invariants, each checked in plain arithmetic. */
function assertInvariants(bookings: readonly Booking[]) {
  const active = bookings.filter((b) => b.active);
  for (const b of active) {
    const start = localTime(b.start, TZ);
    const minutes = (b.end.getTime() - b.start.getTime()) / 60_000;
    const window = b.rules.openingHours[start.weekday]![0]!;
    const [fh, fm] = window.from.split(':').map(Number);
    const [th, tm] = window.to.split(':').map(Number);
    expect(start.minutes).toBeGreaterThanOrEqual(fh! * 60 + fm!);
    expect(start.minutes + minutes).toBeLessThanOrEqual(th! * 60 + tm!);
    expect(minutes).toBeGreaterThanOrEqual(b.rules.minMinutes);
    expect(minutes).toBeLessThanOrEqual(b.rules.maxMinutes);
    expect((start.minutes - (fh! * 60 + fm!)) % b.rules.slotMinutes).toBe(0);
    expect(b.start.getTime() - b.madeAt.getTime()).toBeGreaterThanOrEqual(b.rules.minNoticeHours * 3_600_000);
    expect(b.start.getTime() - b.madeAt.getTime()).toBeLessThanOrEqual(b.rules.maxAheadDays * 86_400_000);
  }
  for (const a of active) {
    for (const b of active) {
      if (a.id >= b.id || !BLOCKS[a.resourceId]!.includes(b.resourceId)) continue;
      const apart = b.start.getTime() >= a.end.getTime() + a.rules.bufferMinutes * 60_000 || a.start.getTime() >= b.end.getTime() + b.rules.bufferMinutes * 60_000;
      expect(apart, `bookings ${a.id} (${a.resourceId}) and ${b.id} (${b.resourceId}) overlap`).toBe(true);
    }
  }
}

describe('the availability property', () => {
  it('never lets two blocking bookings overlap, nor a booking outside the rules it was made under', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 20, maxLength: 80 }), (ops) => {
        const state = { bookings: [] as Booking[], rules: Object.fromEntries(RESOURCES.map((r) => [r, rules({ bufferMinutes: 30, perResident: null, openingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ from: '08:00', to: '22:00' }]])) as ResourceRules['openingHours'] })])), now: at('2026-12-01T07:00:00Z') };
        for (const op of ops) {
          if (op.op === 'wait') state.now = new Date(state.now.getTime() + op.hours * 3_600_000);
          else if (op.op === 'rules') state.rules[op.resource] = op.rules;
          else if (op.op === 'cancel') {
            const live = state.bookings.filter((b) => b.active);
            if (live.length > 0) live[op.pick % live.length]!.active = false;
          } else {
            const day = localTime(new Date(state.now.getTime() + op.dayOffset * 86_400_000), TZ).day;
            const resourceRules = state.rules[op.resource]!;
            let wanted: TimeRange;
            if (op.pickFree) {
              // Book one of the free slots offered: it must then be accepted.
              const keys = lockKeys(op.resource, LINKS);
              const taken = state.bookings.filter((b) => b.active && lockKeys(b.resourceId, LINKS).some((k) => keys.includes(k))).map((b) => heldRange(b, b.rules.bufferMinutes));
              const residentBookings = state.bookings.filter((b) => b.active && b.resourceId === op.resource && b.resident === op.resident);
              const free = freeSlots(day, resourceRules.minMinutes, { rules: resourceRules, timeZone: TZ, now: state.now, closures: [], residentBookings }, taken);
              if (free.length === 0) continue;
              wanted = free[op.startQuarter % free.length]!;
              expect(tryBook(state, op.resource, op.resident, wanted)).toBe('ok');
            } else {
              const start = instantAt(day, op.startQuarter * 15, TZ);
              wanted = { start, end: new Date(start.getTime() + op.quarters * 15 * 60_000) };
              tryBook(state, op.resource, op.resident, wanted);
            }
          }
          assertInvariants(state.bookings);
        }
      }),
      { numRuns: 150 },
    );
  });
});
