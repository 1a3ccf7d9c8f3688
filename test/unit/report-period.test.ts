// A report's period in the agency's calendar, and the accounting export's amounts.
import { describe, it, expect } from 'vitest';
import { checkPeriod, periodInstants } from '../../src/reports/report-period.ts';
import { decimalAmount } from '../../src/reports/accounting-export.ts';
import { reportItems } from '../../src/reports/create-report.ts';

const code = (run: () => void) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('a report period', () => {
  it('spans from the first day at midnight to the day after the last, in Paris, summer time included', () => {
    expect(periodInstants({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Paris')).toEqual({
      start: new Date('2026-03-28T23:00:00Z'), end: new Date('2026-03-29T22:00:00Z'),
    });
    expect(periodInstants({ from: '2026-01-01', to: '2026-12-31' }, 'Europe/Paris')).toEqual({
      start: new Date('2025-12-31T23:00:00Z'), end: new Date('2026-12-31T23:00:00Z'),
    });
  });

  it('is refused reversed, over ten years, or outside 1900–2999; one day and exactly ten years pass', () => {
    expect(code(() => checkPeriod({ from: '2026-01-02', to: '2026-01-01' }))).toBe('invalid_period');
    expect(code(() => checkPeriod({ from: '2026-01-01', to: '2026-01-01' }))).toBe('ok');
    expect(code(() => checkPeriod({ from: '2016-01-01', to: '2025-12-31' }))).toBe('ok');
    expect(code(() => checkPeriod({ from: '2016-01-01', to: '2026-01-01' }))).toBe('period_too_long');
    expect(code(() => checkPeriod({ from: '1899-12-31', to: '1900-01-02' }))).toBe('invalid_period');
  });
});

describe('the report items', () => {
  it('come back in the report order; none or an unknown one is refused', () => {
    expect(reportItems(['amountPerContractor', 'ticketCount'])).toEqual(['ticketCount', 'amountPerContractor']);
    expect(code(() => reportItems([]))).toBe('no_report_item');
    expect(code(() => reportItems(['ticketCount', 'mood']))).toBe('unknown_report_item');
  });
});

describe('an accounting amount', () => {
  it('has a decimal point and two decimals, no grouping', () => {
    expect([decimalAmount(25364), decimalAmount(5), decimalAmount(100), decimalAmount(123456789), decimalAmount(0), decimalAmount(-1250)]).toEqual(['253.64', '0.05', '1.00', '1234567.89', '0.00', '-12.50']);
  });
});
