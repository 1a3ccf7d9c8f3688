// One cell of a CSV written for spreadsheets (semicolon-separated, as French ones expect).

/** The cell's text: quoted when it holds a separator, a quote or a line break; a leading
 * = + - @ made inert, since a spreadsheet would read it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
