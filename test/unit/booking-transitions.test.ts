// What may happen to a booking in each state (domain/bookings/booking-transitions.ts), and the
// agency-time helpers the cockpit and the portal show bookings with (web/src/community/booking-time.ts),
// and the day and hours the emails say (src/bookings/booking-emails.ts).
import { describe, expect, it } from 'vitest';
import { BOOKING_STATES } from '../../src/domain/bookings/booking-states.ts';
import { BOOKING_ACTIONS, nextBookingState } from '../../src/domain/bookings/booking-transitions.ts';
import { addDays, dayOf, hoursOf, instantOf, mondayOf } from '../../web/src/community/booking-time.ts';
import { bookingWhen } from '../../src/bookings/booking-emails.ts';

describe('booking transitions', () => {
  it('when a manager decides, then only a pending booking is approved or refused; a held one is cancelled; refused and cancelled ones stay', () => {
    const table = Object.fromEntries(BOOKING_STATES.map((state) => [state, Object.fromEntries(BOOKING_ACTIONS.map((action) => [action, nextBookingState(state, action)]))]));
    expect(table).toEqual({
      pending: { approve: 'confirmed', refuse: 'refused', cancel: 'cancelled' },
      confirmed: { approve: null, refuse: null, cancel: 'cancelled' },
      refused: { approve: null, refuse: null, cancel: null },
      cancelled: { approve: null, refuse: null, cancel: null },
    });
  });
});

describe('booking times in the agency’s zone', () => {
  it('when a day and a clock time are given in Paris, then the instant follows the summer time change', () => {
    expect(instantOf('2027-03-27', '10:00', 'Europe/Paris')).toBe('2027-03-27T09:00:00.000Z');
    expect(instantOf('2027-03-29', '10:00', 'Europe/Paris')).toBe('2027-03-29T08:00:00.000Z');
    expect(instantOf('2027-03-29', '25:00', 'Europe/Paris')).toBeUndefined();
    expect(dayOf('2027-03-28T23:30:00Z', 'Europe/Paris')).toBe('2027-03-29');
    expect(hoursOf('2027-03-29T08:00:00Z', '2027-03-29T10:30:00Z', 'Europe/Paris')).toBe('10:00 – 12:30');
    expect(hoursOf('2027-03-28T22:00:00Z', '2027-03-29T22:00:00Z', 'Europe/Paris')).toBe('00:00 – 24:00');
  });

  it('when weeks are walked, then they start on Monday and days cross months', () => {
    expect(mondayOf('2027-03-03')).toBe('2027-03-01');
    expect(mondayOf('2027-03-07')).toBe('2027-03-01');
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('a booking’s day and hours in its emails', () => {
  it('when a booking is said in French and English, then its day is written out and a booking to midnight ends at 24:00', () => {
    expect(bookingWhen(new Date('2027-03-17T13:00:00Z'), new Date('2027-03-17T15:00:00Z'), 'fr', 'Europe/Paris')).toEqual({ date: 'mercredi 17 mars 2027', time: '14:00 – 16:00' });
    expect(bookingWhen(new Date('2027-03-17T13:00:00Z'), new Date('2027-03-17T15:00:00Z'), 'en', 'Europe/Paris')).toEqual({ date: 'Wednesday, 17 March 2027', time: '14:00 – 16:00' });
    expect(bookingWhen(new Date('2027-03-16T23:00:00Z'), new Date('2027-03-17T23:00:00Z'), 'fr', 'Europe/Paris').time).toBe('00:00 – 24:00');
  });
});
