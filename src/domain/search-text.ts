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

/** The words of a search box as a PostgreSQL tsquery: every word, each as a prefix. */
export function searchQuery(input: string): string | undefined {
  const words = foldText(input)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}
