// A CSV file for spreadsheets and accounting software: a UTF-8 byte order mark (Excel then reads
// accents right) and CRLF line ends; its cells are src/domain/csv-cell.ts's.
import { csvCell } from '../domain/csv-cell.ts';

/** One line of `;`-separated cells, each made safe (csvCell). */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(';');
}

export function csvFile(lines: readonly string[]): string {
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
