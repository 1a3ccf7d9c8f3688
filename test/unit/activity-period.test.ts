// The activity's period rules: calendar days checked, ten years at most, buckets by Monday or month.
import { describe, it, expect } from 'vitest';
import { bucketStart, bucketsOf, checkPeriod, shareOf } from '../../src/domain/reports/activity-period.ts';

describe('the activity period', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(bucketStart('2030-01-13', 'week')).toBe('2030-01-07'); // a Sunday
    expect(bucketStart('2030-01-14', 'week')).toBe('2030-01-14'); // a Monday
    expect(bucketStart('2030-02-28', 'month')).toBe('2030-02-01');
  });

  it('lists every bucket the period touches, across a year end', () => {
    expect(bucketsOf('2029-11-15', '2030-01-02', 'month')).toEqual(['2029-11-01', '2029-12-01', '2030-01-01']);
    expect(bucketsOf('2029-12-30', '2030-01-07', 'week')).toEqual(['2029-12-24', '2029-12-31', '2030-01-07']);
  });

  it('refuses days that are not, periods in reverse, and more than ten years', () => {
    expect(() => checkPeriod('2030-02-29', '2030-03-01')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => checkPeriod('2030-03-01', '2030-02-01')).toThrow(expect.objectContaining({ code: 'invalid_period' }));
    expect(checkPeriod('2020-01-01', '2029-12-31')).toEqual({ from: '2020-01-01', to: '2029-12-31' });
    expect(() => checkPeriod('2020-01-01', '2030-01-01')).toThrow(expect.objectContaining({ code: 'period_too_long' }));
  });

  it('rounds shares to four places, none when nothing to divide', () => {
    expect(shareOf(2, 3)).toBe(0.6667);
    expect(shareOf(0, 0)).toBeNull();
  });
});
