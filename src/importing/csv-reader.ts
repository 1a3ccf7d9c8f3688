// Reads an import file into rows of cells keyed by column name, each with its physical line
// number, and checks the header. It knows CSV, not master data: what the cells mean is the
// kinds' business.
import { parse, CsvError } from 'csv-parse/sync';
import type { Cells, ColumnSpec, FoundError } from './import-kind.ts';
import { PHRASES, type Phrase } from './import-phrases.ts';

export interface CsvRow {
  /** Physical line where the row starts (header = 1), counting lines inside quoted cells. */
  line: number;
  cells: Cells;
}

export interface CsvFile {
  rows: CsvRow[];
  /** Errors of the file or header (then `rows` is empty) and of rows that do not fit the header. */
  errors: FoundError[];
}

const fileError = (line: number, message: Phrase, field: string | null = null): CsvFile => ({
  rows: [],
  errors: [{ line, field, message }],
});

/** Decodes UTF-8 strictly: accounting software often exports Windows-1252, which must not pass as garbled text. */
export function decodeUtf8(content: Uint8Array): { text: string } | { error: FoundError } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    // Locate the first undecodable byte to name its line (a lenient decode puts U+FFFD there).
    const lenient = new TextDecoder('utf-8').decode(content);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    return { error: { line, field: null, message: PHRASES.notUtf8 } };
  }
}

/** `;` when the header line holds more semicolons than commas (French spreadsheets), else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function checkHeader(names: string[], columns: ColumnSpec[], kindName: string): FoundError[] {
  const known = columns.map((c) => c.name);
  const errors: FoundError[] = [];
  names.forEach((name, index) => {
    if (name === '') errors.push({ line: 1, field: null, message: PHRASES.headerNoName(index + 1) });
    else if (names.indexOf(name) !== index) errors.push({ line: 1, field: name, message: PHRASES.headerTwice(name) });
    else if (!known.includes(name)) {
      errors.push({ line: 1, field: name, message: PHRASES.unknownColumn(name, kindName, known) });
    }
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) {
      errors.push({ line: 1, field: column.name, message: PHRASES.requiredColumn(column.name) });
    }
  }
  return errors;
}

const newlines = (value: string) => value.split('\n').length - 1;

/** Parses an import file (bytes or text): BOM, CRLF, `,` or `;`, quoted cells; checks the header against `columns`. */
export function readCsv(content: string | Uint8Array, columns: ColumnSpec[], kindName: string): CsvFile {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(content);
    if ('error' in decoded) return { rows: [], errors: [decoded.error] };
    text = decoded.text;
  }
  // One line ending from here on, so that csv-parse's line count is the count of physical lines.
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fileError(1, PHRASES.empty);

  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as typeof records; // with `info`, each record comes as {record, info}
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return fileError(line, PHRASES.unreadable(error.message));
  }

  const [header, ...body] = records;
  if (!header) return fileError(1, PHRASES.empty);
  const names = header.record.map((name) => name.trim().toLowerCase());
  const headerErrors = checkHeader(names, columns, kindName);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const rows: CsvRow[] = [];
  const errors: FoundError[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === '')) continue; // a line of empty cells, as spreadsheets leave at the end
    // info.lines is the line where the record ends; a quoted cell may span several lines.
    const line = info.lines - record.reduce((sum, cell) => sum + newlines(cell), 0);
    const extra = record.slice(names.length);
    if (record.length < names.length || extra.some((cell) => cell.trim() !== '')) {
      errors.push({ line, field: null, message: PHRASES.cellCount(record.length, names.length) });
      continue;
    }
    const cells: Cells = {};
    names.forEach((name, index) => {
      const value = record[index]!.trim();
      if (value !== '') cells[name] = value;
    });
    rows.push({ line, cells });
  }
  if (rows.length === 0 && errors.length === 0) return fileError(1, PHRASES.noRows);
  return { rows, errors };
}
