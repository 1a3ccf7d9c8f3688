// Reads an import file into rows of cells keyed by column name, each with its physical line
// number, and checks the header. It knows CSV, not master data: what the cells mean is the
// kinds' business.
import { parse, CsvError } from 'csv-parse/sync';
import type { Cells, ColumnSpec, ImportError } from './import-kind.ts';

export interface CsvRow {
  /** Physical line where the row starts (header = 1), counting lines inside quoted cells. */
  line: number;
  cells: Cells;
}

export interface CsvFile {
  rows: CsvRow[];
  /** Errors of the file or header (then `rows` is empty) and of rows that do not fit the header. */
  errors: ImportError[];
}

const fileError = (line: number, message: string, field: string | null = null): CsvFile => ({
  rows: [],
  errors: [{ line, field, message }],
});

/** Decodes UTF-8 strictly: accounting software often exports Windows-1252, which must not pass as garbled text. */
export function decodeUtf8(content: Uint8Array): { text: string } | { error: ImportError } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    // Locate the first undecodable byte to name its line (a lenient decode puts U+FFFD there).
    const lenient = new TextDecoder('utf-8').decode(content);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    const message = 'The file is not valid UTF-8 text (it may be Windows-1252 or Latin-1); save it as "CSV UTF-8" and try again.';
    return { error: { line, field: null, message } };
  }
}

/** `;` when the header line holds more semicolons than commas (French spreadsheets), else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function checkHeader(names: string[], columns: ColumnSpec[], kindName: string): ImportError[] {
  const known = columns.map((c) => c.name);
  const errors: ImportError[] = [];
  names.forEach((name, index) => {
    if (name === '') errors.push({ line: 1, field: null, message: `Column ${index + 1} of the header has no name.` });
    else if (names.indexOf(name) !== index) errors.push({ line: 1, field: name, message: 'appears more than once in the header.' });
    else if (!known.includes(name)) {
      errors.push({ line: 1, field: name, message: `is not a column of a ${kindName} file; its columns are ${known.join(', ')}.` });
    }
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) {
      errors.push({ line: 1, field: column.name, message: 'is a required column and is missing from the header.' });
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
  if (text.trim() === '') return fileError(1, 'The file is empty: it needs a header line and at least one row.');

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
    return fileError(line, `The file cannot be read as CSV: ${error.message}`);
  }

  const [header, ...body] = records;
  if (!header) return fileError(1, 'The file is empty: it needs a header line and at least one row.');
  const names = header.record.map((name) => name.trim().toLowerCase());
  const headerErrors = checkHeader(names, columns, kindName);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const rows: CsvRow[] = [];
  const errors: ImportError[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === '')) continue; // a line of empty cells, as spreadsheets leave at the end
    // info.lines is the line where the record ends; a quoted cell may span several lines.
    const line = info.lines - record.reduce((sum, cell) => sum + newlines(cell), 0);
    const extra = record.slice(names.length);
    if (record.length < names.length || extra.some((cell) => cell.trim() !== '')) {
      errors.push({ line, field: null, message: `This row has ${record.length} cells where the header has ${names.length}; check for a missing or unquoted delimiter.` });
      continue;
    }
    const cells: Cells = {};
    names.forEach((name, index) => {
      const value = record[index]!.trim();
      if (value !== '') cells[name] = value;
    });
    rows.push({ line, cells });
  }
  if (rows.length === 0 && errors.length === 0) return fileError(1, 'The file has a header line but no rows to import.');
  return { rows, errors };
}
