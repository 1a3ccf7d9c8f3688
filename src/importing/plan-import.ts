// Turns an import file into a plan without writing anything: every row is checked (required
// cells, duplicate keys, references, the API's schema, the kind's own rules) and compared with
// what is stored, giving create / update (with its changes) / unchanged, or the row's errors.
// The same plan serves the dry run and the real import, so the report cannot differ between them.
import type { AppContext } from '../context.ts';
import { readCsv, type CsvRow } from './csv-reader.ts';
import { checkAgainstSchema } from './schema-check.ts';
import { splitList, type Cells, type ColumnSpec, type FoundError, type ImportError, type ImportKind, type KindSession, type Problem, type Write } from './import-kind.ts';
import { PHRASES } from './import-phrases.ts';
import type { Language } from '../domain/master-data.ts';

/** A changed column: its stored value and the file's, as CSV cells (null when empty). */
export interface Change {
  field: string;
  from: string | null;
  to: string | null;
}

export interface PlannedRow {
  line: number;
  key: string;
  action: 'create' | 'update' | 'unchanged';
  changes: Change[];
  /** What apply-import writes; absent when unchanged. */
  write?: Write;
}

export interface ImportPlan {
  kind: ImportKind;
  rows: PlannedRow[];
  /** Every error of the file, by line, in the plan's language; a plan with errors is never applied. */
  errors: ImportError[];
  /** The language of the errors' sentences (the importing user's). */
  language: Language;
}

/** Where a long import shows how far it got (a progress bar in a terminal; nothing elsewhere). */
export interface Progress {
  start(total: number, label: string): void;
  tick(): void;
  stop(): void;
}

// Compares cells as values: list order matters only for ordered lists (the first email is the main one).
function normalized(column: ColumnSpec | undefined, cell: string | undefined): string | null {
  if (cell === undefined) return null;
  if (column?.ignoreCase) cell = cell.toLowerCase();
  if (!column?.list) return cell;
  const items = splitList(cell);
  return (column.list === 'set' ? [...items].sort() : items).join('|') || null;
}

function changesOf(kind: ImportKind, given: Cells, stored: Cells): Change[] {
  const changes: Change[] = [];
  for (const [name, cell] of Object.entries(given)) {
    const column = kind.columns.find((c) => c.name === name);
    const to = normalized(column, cell);
    const from = normalized(column, stored[name]);
    // An empty cell is "not given": it never clears a stored value.
    if (to !== null && to !== from) changes.push({ field: name, from, to });
  }
  return changes;
}

function fieldsOf(kind: ImportKind, changes: Change[], input: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const change of changes) {
    const field = kind.columns.find((c) => c.name === change.field)?.field;
    if (field && field in input) values[field] = input[field];
  }
  return values;
}

async function planRow(kind: ImportKind, session: KindSession, row: CsvRow, key: string): Promise<PlannedRow | Problem[]> {
  const problems: Problem[] = [];
  const stored = session.find(row.cells);
  const merged = stored ? { ...stored.cells, ...row.cells } : row.cells;
  const { input, parentId } = await session.prepare(merged, problems);
  problems.push(...checkAgainstSchema(kind.schema, input, kind.columns, kind.name));
  if (problems.length > 0) return problems;
  if (!stored) return { line: row.line, key, action: 'create', changes: [], write: { action: 'create', values: input, parentId } };
  const changes = changesOf(kind, row.cells, stored.cells);
  if (changes.length === 0) return { line: row.line, key, action: 'unchanged', changes };
  const write: Write = { action: 'update', id: stored.id, values: fieldsOf(kind, changes, input), parentId };
  return { line: row.line, key, action: 'update', changes, write };
}

/** Checks an import file against one organization's data and says what importing it would do,
 * its errors in `language` (French unless said). */
export async function planImport(
  ctx: AppContext,
  organizationId: string,
  kind: ImportKind,
  content: string | Uint8Array,
  progress?: Progress,
  language: Language = 'fr',
): Promise<ImportPlan> {
  const file = readCsv(content, kind.columns, kind.name);
  const found: FoundError[] = [...file.errors];
  const rows: PlannedRow[] = [];
  const said = (): ImportError[] => found.sort((a, b) => a.line - b.line).map((e) => ({ line: e.line, field: e.field, message: e.message[language] }));
  if (file.rows.length === 0) return { kind, rows, errors: said(), language };

  const session = await kind.open(ctx.db, organizationId);
  const firstLineOf = new Map<string, number>();
  const keyColumn = kind.columns.find((c) => c.required)!.name;
  progress?.start(file.rows.length, 'Checking');
  for (const read of file.rows) {
    progress?.tick();
    const row = kind.canonical ? { ...read, cells: kind.canonical(read.cells) } : read;
    const missing = kind.columns.filter((c) => c.required && row.cells[c.name] === undefined);
    if (missing.length > 0) {
      for (const c of missing) found.push({ line: row.line, field: c.name, message: PHRASES.requiredInEveryRow(c.name) });
      continue;
    }
    const key = kind.keyOf(row.cells)!;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      found.push({ line: row.line, field: keyColumn, message: PHRASES.duplicate(key, first) });
      continue;
    }
    firstLineOf.set(key, row.line);
    const planned = await planRow(kind, session, row, key);
    if (Array.isArray(planned)) found.push(...planned.map((p) => ({ line: row.line, field: p.column, message: p.message })));
    else rows.push(planned);
  }
  progress?.stop();
  return { kind, rows, errors: said(), language };
}
