// Search text without accents or case, so that "electricite" finds "Électricité" (on both
// PostgreSQL and PGlite, without the unaccent extension).

/** Lower case, accents removed, ligatures opened (œ → oe). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** The words of a search box as a PostgreSQL tsquery: every word (French stemming finds its other
 * forms), the last one also as a prefix since the user may still be typing it. Prefixes on every
 * word would match far more index entries for little gain (bench/README.md). */
export function searchQuery(input: string): string | undefined {
  const words = searchWords(input).slice(0, 12);
  return words.length ? words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ') : undefined;
}

function searchWords(input: string): string[] {
  return foldText(input)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Any of the words (a resident's description: "l'ascenseur est bloqué" finds the article on the
 * lift), the last one also as a prefix once it has three letters. Ranking puts the items that
 * have more of them first. */
export function anyWordQuery(input: string): string | undefined {
  const words = searchWords(input).slice(-30);
  return words.length ? words.map((w, i) => (i === words.length - 1 && w.length >= 3 ? `${w}:*` : w)).join(' | ') : undefined;
}
