// The scorecard's figures table and its period: every figure has its words in both languages of
// the cockpit; the period is calendar days in the agency's time zone, refused when it makes no sense.
import { describe, expect, it } from 'vitest';
import { SCORECARD_FIGURES } from '../../src/domain/reports/scorecard-figures.ts';
import { scorecardPeriod } from '../../src/reports/scorecards/scorecard-period.ts';
import { scorecardIds } from '../../src/reports/scorecards/contractor-scorecards.ts';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };

describe('scorecard figures', () => {
  it('when the cockpit shows a figure, then it has a label and a help line in French and English', () => {
    for (const { name, definition } of SCORECARD_FIGURES) {
      expect(definition.length).toBeGreaterThan(20);
      for (const bundle of [fr, en]) {
        const words = (bundle.scorecard.figures as Record<string, { label: string; help: string }>)[name];
        expect(words?.label, name).toBeTruthy();
        expect(words?.help, name).toBeTruthy();
      }
    }
    expect(Object.keys(fr.scorecard.figures).sort()).toEqual(SCORECARD_FIGURES.map((f) => f.name).sort());
  });
});

describe('scorecard period', () => {
  const now = new Date('2026-12-01T23:30:00Z'); // already 2 December in Paris

  it('when no period is given, then it is the twelve months up to today in the agency', () => {
    const period = scorecardPeriod({}, now, 'Europe/Paris');
    expect(period).toMatchObject({ from: '2025-12-03', to: '2026-12-02' });
    expect(period.start.toISOString()).toBe('2025-12-02T23:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-12-02T23:00:00.000Z');
  });

  it('when days are given, then both are included, midnight to midnight in the agency (summer time too)', () => {
    const period = scorecardPeriod({ from: '2026-07-01', to: '2026-07-01' }, now, 'Europe/Paris');
    expect(period.start.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-07-01T22:00:00.000Z');
  });

  it('when a period makes no sense, then it is refused with invalid_scorecard_period', () => {
    for (const query of [{ from: '2026-02-30' }, { from: '1 mai' }, { from: '2026-05-02', to: '2026-05-01' }, { from: '2019-01-01', to: '2026-01-01' }]) {
      expect(() => scorecardPeriod(query, now, 'Europe/Paris'), JSON.stringify(query)).toThrow(expect.objectContaining({ code: 'invalid_scorecard_period' }));
    }
  });

  it('when ids are listed, then repeats go, case is folded, and more than 50 or a non-id is refused', () => {
    const id = '0A2B8C1E-0000-4000-8000-000000000001';
    expect(scorecardIds(`${id}, ${id.toLowerCase()}`)).toEqual([id.toLowerCase()]);
    expect(() => scorecardIds('x')).toThrow(expect.objectContaining({ code: 'invalid_contractor_ids' }));
    const many = Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',');
    expect(() => scorecardIds(many)).toThrow(expect.objectContaining({ code: 'too_many_contractors' }));
  });
});
