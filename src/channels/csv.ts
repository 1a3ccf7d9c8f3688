// CSV for spreadsheets and accounting software: semicolon-separated (what spreadsheets in French
// expect), cells quoted when they hold a separator, a quote or a line break.

/** A text cell; a leading = + - @ would be read as a formula by a spreadsheet, so it is escaped. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The file: a UTF-8 byte order mark (Excel reads accents right), CRLF line ends. */
export function csvFile(lines: readonly string[]): string {
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
