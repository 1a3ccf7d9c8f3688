// A CSV file for spreadsheets and accounting software: a UTF-8 byte order mark (Excel then reads
// accents right) and CRLF line ends; its cells are src/domain/csv-cell.ts's.

export function csvFile(lines: readonly string[]): string {
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
