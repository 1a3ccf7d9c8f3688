// The honest SMS counter (DOMAIN.md §8): GSM 03.38 7-bit text is 160 septets in one part and
// 153 per part beyond; the extension characters (€ [ ] { } \ ^ ~ | and form feed) take two; one
// character outside the alphabet switches the whole message to UCS-2, counted in UTF-16 code
// units: 70 in one part, 67 per part beyond. A two-unit character (an escape pair, a surrogate
// pair) is never split across parts: when it would straddle, it starts the next part.

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the whole text. */
  units: number;
  /** How many SMS the text costs (0 for an empty text). */
  parts: number;
  /** Capacity of one part at this length: 160/70 for a single part, 153/67 per part beyond. */
  perPart: number;
  /** Units still free in the last part before another part is needed. */
  remainingInPart: number;
  /** The characters (each once, in order of appearance) that forced UCS-2. */
  nonGsmCharacters: string[];
}

/** GSM 03.38 basic character set (the escape code 0x1B aside). */
const GSM_BASIC = new Set(
  [
    '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
    'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', 'Æ', 'æ', 'ß', 'É',
    ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
    '¡', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
    '¿', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à',
  ],
);

/** GSM 03.38 extension table: each is sent as ESC + code, two septets. */
const GSM_EXTENSION = new Set(['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€']);

const GSM_SINGLE = 160;
const GSM_MULTI = 153;
const UCS2_SINGLE = 70;
const UCS2_MULTI = 67;

/** Whether a character (one code point) can be sent in GSM-7. */
export function isGsmCharacter(char: string): boolean {
  return GSM_BASIC.has(char) || GSM_EXTENSION.has(char);
}

/** Packs units into parts of `capacity` without splitting a character; returns [parts, used in last]. */
function pack(costs: number[], capacity: number): [number, number] {
  let parts = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > capacity) {
      parts += 1;
      used = cost;
    } else {
      used += cost;
    }
  }
  return [parts, used];
}

/** Counts what `text` costs as an SMS. */
export function countSms(text: string): SmsCount {
  const chars = Array.from(text);
  const nonGsm: string[] = [];
  for (const char of chars) {
    if (!isGsmCharacter(char) && !nonGsm.includes(char)) nonGsm.push(char);
  }
  const encoding: SmsEncoding = nonGsm.length === 0 ? 'GSM-7' : 'UCS-2';
  const costs = chars.map((char) => (encoding === 'GSM-7' ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const single = encoding === 'GSM-7' ? GSM_SINGLE : UCS2_SINGLE;
  const multi = encoding === 'GSM-7' ? GSM_MULTI : UCS2_MULTI;

  if (units === 0) return { encoding, units, parts: 0, perPart: single, remainingInPart: single, nonGsmCharacters: nonGsm };
  if (units <= single) return { encoding, units, parts: 1, perPart: single, remainingInPart: single - units, nonGsmCharacters: nonGsm };
  const [parts, used] = pack(costs, multi);
  return { encoding, units, parts, perPart: multi, remainingInPart: multi - used, nonGsmCharacters: nonGsm };
}

/** Replacements for characters that force UCS-2 although a GSM-7 one reads the same. French é è
 * à ù are GSM-7 and stay; so do Ç, É and the others of the alphabet. */
const REPLACEMENTS: [RegExp, string][] = [
  [/«[\u00a0\u202f ]?/g, '"'],
  [/[\u00a0\u202f ]?»/g, '"'],
  [/[“”„]/g, '"'],
  [/[’‘‚`´]/g, "'"],
  [/…/g, '...'],
  [/[–—]/g, '-'],
  [/[\u00a0\u202f\u2009]/g, ' '],
  [/œ/g, 'oe'],
  [/Œ/g, 'OE'],
  [/ç/g, 'c'],
  [/[êëē]/g, 'e'],
  [/[ÊËÈ]/g, 'E'],
  [/[âá]/g, 'a'],
  [/[ÂÀÁ]/g, 'A'],
  [/[îïí]/g, 'i'],
  [/[ÎÏÌÍ]/g, 'I'],
  [/[ôó]/g, 'o'],
  [/[ÔÒÓ]/g, 'O'],
  [/[ûú]/g, 'u'],
  [/[ÛÙÚ]/g, 'U'],
  [/ÿ/g, 'y'],
  [/Ÿ/g, 'Y'],
];

export interface GsmSuggestion {
  /** The text with the replacements made. */
  text: string;
  /** Each character replaced (as found in the text), what it became, and how many times. */
  replacements: { from: string; to: string; count: number }[];
}

/** Offers a GSM-7 spelling of `text`: accented letters and typographic signs that would force UCS-2
 * replaced by their plain GSM-7 look-alikes. Characters with no look-alike (emoji…) stay. */
export function suggestGsmReplacements(text: string): GsmSuggestion {
  const found = new Map<string, { from: string; to: string; count: number }>();
  let result = text;
  for (const [pattern, to] of REPLACEMENTS) {
    result = result.replace(pattern, (match) => {
      const from = match.trim() || match;
      const key = `${from}→${to}`;
      const entry = found.get(key) ?? { from, to, count: 0 };
      entry.count += 1;
      found.set(key, entry);
      return to;
    });
  }
  return { text: result, replacements: [...found.values()] };
}
