// The trades' labels the server reads in CSV files are the ones the web app shows, in French and
// English; a trade typed by hand is found by its code or either label, whatever its case and accents.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRADES } from '../../src/domain/master-data.ts';
import { TRADE_LABELS, tradeNamed } from '../../src/domain/trade-labels.ts';

const webLabels = (language: 'fr' | 'en') =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../../web/src/i18n/${language}.json`), 'utf8')) as { codes: { trade: Record<string, string> } }).codes.trade;

describe('trade labels', () => {
  it.each(['fr', 'en'] as const)('are the web app\u2019s labels in %s', (language) => {
    expect(Object.fromEntries(TRADES.map((code) => [code, TRADE_LABELS[code][language]]))).toEqual(webLabels(language));
  });

  it('find a trade by its code or either label, whatever the case and accents', () => {
    expect(tradeNamed('Plomberie')).toBe('plumbing');
    expect(tradeNamed('ÉLECTRICITÉ')).toBe('electricity');
    expect(tradeNamed('electricite')).toBe('electricity');
    expect(tradeNamed('  espaces   verts ')).toBe('gardening');
    expect(tradeNamed('Lift')).toBe('elevator');
    expect(tradeNamed('pest_control')).toBe('pest_control');
    expect(tradeNamed('Astrologie')).toBeUndefined();
  });
});
