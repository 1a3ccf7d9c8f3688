// The honest SMS counter (DOMAIN.md §8), on the published GSM 03.38 / UCS-2 vectors.
import { describe, it, expect } from 'vitest';
import { countSms, suggestGsmReplacements, isGsmCharacter } from '../../src/domain/messages/sms-count.ts';

const a = (n: number) => 'a'.repeat(n);
const e = (n: number) => 'ê'.repeat(n);

describe('GSM-7 text', () => {
  it('when a text has 160 GSM characters, then it is one part of 160', () => {
    expect(countSms(a(160))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1, perPart: 160, remainingInPart: 0, nonGsmCharacters: [] });
  });

  it('when a text has 161 GSM characters, then it is two parts of 153 (153 + 8)', () => {
    expect(countSms(a(161))).toMatchObject({ encoding: 'GSM-7', units: 161, parts: 2, perPart: 153, remainingInPart: 153 - 8 });
  });

  it('when a text has 306 GSM characters, then it is exactly two parts', () => {
    expect(countSms(a(306))).toMatchObject({ parts: 2, remainingInPart: 0 });
  });

  it('when a text has 307 GSM characters, then it is three parts', () => {
    expect(countSms(a(307))).toMatchObject({ parts: 3, remainingInPart: 152 });
  });

  it('when a text is empty, then it costs nothing', () => {
    expect(countSms('')).toMatchObject({ encoding: 'GSM-7', units: 0, parts: 0, remainingInPart: 160 });
  });

  it('when a text has 159 letters and a euro sign, then the euro counts two and the text takes two parts', () => {
    expect(countSms(`${a(159)}€`)).toMatchObject({ encoding: 'GSM-7', units: 161, parts: 2 });
    expect(countSms(`${a(158)}€`)).toMatchObject({ units: 160, parts: 1, remainingInPart: 0 });
  });

  it('when a text uses every extension character, then each counts two septets', () => {
    expect(countSms('^{}\\[~]|€\f')).toMatchObject({ encoding: 'GSM-7', units: 20, parts: 1 });
  });

  it('when an extension character would straddle a part boundary, then it starts the next part', () => {
    // 152 letters, then "€" (2 septets) would need septets 153–154 of part one: it goes to part two.
    const straddling = countSms(`${a(152)}€${a(10)}`);
    expect(straddling).toMatchObject({ encoding: 'GSM-7', units: 164, parts: 2, remainingInPart: 153 - 12 });
    // 152 + "€" + 152 letters: without the rule it would fit two parts (306); with it, a third is needed.
    expect(countSms(`${a(152)}€${a(152)}`)).toMatchObject({ units: 306, parts: 3, remainingInPart: 153 - 1 });
    // 151 + "€" ends part one exactly: no straddle.
    expect(countSms(`${a(151)}€${a(153)}`)).toMatchObject({ units: 306, parts: 2, remainingInPart: 0 });
  });

  it('when a French sentence has é, è, à and ù, then it stays GSM-7', () => {
    const text = 'Bonjour, le RDV est prévu à 9h, après le café. Où se garer ? Très bien, à bientot. Ça marche.';
    const count = countSms(text);
    expect(count.encoding).toBe('GSM-7');
    expect(count.units).toBe(text.length);
    for (const char of 'éèàùìòÇØøÅåÄÖÑÜ§¿ÉÆæßñüäö¡ΔΦΓΛΩΠΨΣΘΞ@£$¥') expect(isGsmCharacter(char), char).toBe(true);
  });
});

describe('UCS-2 text', () => {
  it('when a text has 70 UCS-2 characters, then it is one part of 70', () => {
    expect(countSms(e(70))).toEqual({ encoding: 'UCS-2', units: 70, parts: 1, perPart: 70, remainingInPart: 0, nonGsmCharacters: ['ê'] });
  });

  it('when a text has 71 UCS-2 characters, then it is two parts of 67', () => {
    expect(countSms(e(71))).toMatchObject({ encoding: 'UCS-2', units: 71, parts: 2, perPart: 67, remainingInPart: 63 });
  });

  it('when a text has 134 UCS-2 characters, then it is exactly two parts', () => {
    expect(countSms(e(134))).toMatchObject({ parts: 2, remainingInPart: 0 });
  });

  it('when a text has 135 UCS-2 characters, then it is three parts', () => {
    expect(countSms(e(135))).toMatchObject({ parts: 3 });
  });

  it('when one ê joins 100 GSM letters, then the whole message switches to UCS-2', () => {
    expect(countSms(`${a(100)}ê`)).toMatchObject({ encoding: 'UCS-2', units: 101, parts: 2, nonGsmCharacters: ['ê'] });
  });

  it('when a text holds an emoji, then it counts two units and switches to UCS-2', () => {
    expect(countSms('😀')).toMatchObject({ encoding: 'UCS-2', units: 2, parts: 1, nonGsmCharacters: ['😀'] });
    expect(countSms(`${a(68)}😀`)).toMatchObject({ units: 70, parts: 1 });
    expect(countSms(`${a(69)}😀`)).toMatchObject({ units: 71, parts: 2 });
  });

  it('when an emoji would straddle a UCS-2 part boundary, then it starts the next part', () => {
    expect(countSms(`${a(66)}😀${a(10)}`)).toMatchObject({ units: 78, parts: 2, remainingInPart: 67 - 12 });
  });

  it('when the euro sign is in a UCS-2 message, then it counts one unit there', () => {
    expect(countSms('ê€')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });
});

describe('GSM replacements', () => {
  it('when a French sentence has ê, then it goes UCS-2 and the suggestion brings it back to GSM-7', () => {
    const text = 'Votre intervention est prévue à la fenêtre : c’est noté « merci »… Garçon, cœur, île, côte, sûr – Noël, maïs, À bientôt';
    expect(countSms(text).encoding).toBe('UCS-2');
    const suggestion = suggestGsmReplacements(text);
    expect(suggestion.text).toBe('Votre intervention est prévue à la fenetre : c\'est noté "merci"... Garcon, coeur, ile, cote, sur - Noel, mais, A bientot');
    expect(countSms(suggestion.text)).toMatchObject({ encoding: 'GSM-7', nonGsmCharacters: [] });
    expect(suggestion.replacements).toEqual(expect.arrayContaining([{ from: 'ê', to: 'e', count: 1 }, { from: 'ô', to: 'o', count: 2 }, { from: '’', to: "'", count: 1 }]));
  });

  it('when a text has é, è, à, ù and Ç, then the suggestion leaves them alone', () => {
    const text = 'Ça a été réparé là où il fallait, très vite.';
    expect(suggestGsmReplacements(text)).toEqual({ text, replacements: [] });
  });

  it('when a text has non-breaking spaces, then they become plain spaces', () => {
    expect(suggestGsmReplacements('12\u00a0h\u202f30 ?').text).toBe('12 h 30 ?');
  });

  it('when a text holds an emoji, then the suggestion keeps it and the text stays UCS-2', () => {
    const suggestion = suggestGsmReplacements('Merci 😀 être');
    expect(suggestion.text).toBe('Merci 😀 etre');
    expect(countSms(suggestion.text).nonGsmCharacters).toEqual(['😀']);
  });
});
