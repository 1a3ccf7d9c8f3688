// What every importable kind (properties, units, persons, relations, contractors, users) tells the
// importer, and the small helpers the kinds share. The kinds hold everything particular to them;
// plan-import.ts and apply-import.ts stay the same for all of them.
import type { TSchema } from '@sinclair/typebox';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { Page } from '../db/pagination.ts';
import type { Phrase } from './import-phrases.ts';

/** A row's cells by column name; an empty cell is absent ("not given"). */
export type Cells = Record<string, string | undefined>;

export interface ColumnSpec {
  /** Header name, lower case (headers are matched case-insensitively). */
  name: string;
  /** The field of the API input this column fills; absent for columns that only identify. */
  field?: string;
  /** Must be in the header and filled in every row. */
  required?: boolean;
  /** A list in one cell, items separated by `|`; a `set` ignores order when comparing. */
  list?: 'ordered' | 'set';
  /** Compared without regard to case (emails that name users, which sign-in matches that way). */
  ignoreCase?: boolean;
  /** One line for --help and docs/import.md. */
  help: string;
}

/** An error the user must fix: CSV line (header = 1), column (null for the whole file or row), a
 * sentence in the importing user's language. */
export interface ImportError {
  line: number;
  field: string | null;
  message: string;
}

/** An error as the checks find it, said in every language (plan-import.ts keeps the user's). */
export interface FoundError {
  line: number;
  field: string | null;
  message: Phrase;
}

/** A problem with one cell (or with the row when column is null), before it gets its line. */
export interface Problem {
  column: string | null;
  message: Phrase;
}

/** What a row becomes once its cells are mapped and its references resolved. */
export interface Prepared {
  /** The API input (the same object the API's POST would receive). */
  input: Record<string, unknown>;
  /** The record this one hangs from (a relation's person), when the kind has one. */
  parentId?: string;
}

/** A stored record as the importer compares it: its id and its values as CSV cells. */
export interface Stored {
  id: string;
  cells: Cells;
}

/** The kind's view of one organization's data, loaded once per import. */
export interface KindSession {
  /** The stored record that a row's key names, if any. */
  find(cells: Cells): Stored | undefined;
  /** Maps (merged) cells to the API input, adding a problem for each reference that is not found. */
  prepare(cells: Cells, problems: Problem[]): Promise<Prepared>;
}

/** One write of an applied plan. */
export interface Write {
  action: 'create' | 'update';
  /** The record to update. */
  id?: string;
  /** The whole input on create, only the changed fields on update. */
  values: Record<string, unknown>;
  parentId?: string;
}

export interface ImportKind {
  name: string;
  /** Singular noun for messages ("a new property"). */
  noun: string;
  columns: ColumnSpec[];
  /** The API's input schema, so that the importer and the API refuse the same things. */
  schema: TSchema;
  /** The cells as the kind stores them, from what people type (a trade's label → its code); default: as they are. */
  canonical?(cells: Cells): Cells;
  /** The row's key as shown in reports, or undefined when a key cell is empty. */
  keyOf(cells: Cells): string | undefined;
  /** Loads what the kind needs of one organization. */
  open(db: Db, organizationId: string): Promise<KindSession>;
  /** Writes one row; `ctx.db` is the import's transaction. Persons and relations return the id of
   * the person a create concerns (invited to the portal afterwards when inviteOnImport is on). */
  write(ctx: AppContext, organizationId: string, write: Write): Promise<void | string>;
}

/** The items of a list cell: split on `|`, trimmed, empty items dropped. */
export function splitList(cell: string): string[] {
  return cell.split('|').map((item) => item.trim()).filter((item) => item !== '');
}

/** A list as a cell, for comparing and showing stored values. */
export function joinList(items: readonly string[] | null | undefined): string | undefined {
  return items && items.length > 0 ? items.join('|') : undefined;
}

/** The API fields of the plain columns (not references): text as is, lists split. */
export function plainFields(cells: Cells, columns: ColumnSpec[], skip: string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = cells[column.name];
    if (!column.field || cell === undefined || skip.includes(column.name)) continue;
    fields[column.field] = column.list ? splitList(cell) : cell;
  }
  return fields;
}

/** A stored text value as a cell (null and '' are "empty"). */
export function cellOf(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/** Every row of a paged list, page after page (an agency's master data fits in memory). */
export async function loadAll<T>(list: (limit: number, cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(500, cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** A syntactically valid id standing for a reference that failed, so the schema check adds no second error. */
export const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** The `find` of a kind keyed by external_ref: stored rows indexed once, shown as cells. */
export function findByExternalRef<R extends { id: string; externalRef: string | null }>(rows: readonly R[], toCells: (row: R) => Cells): (cells: Cells) => Stored | undefined {
  const byRef = new Map(rows.flatMap((row) => (row.externalRef ? [[row.externalRef, row] as const] : [])));
  return (cells) => {
    const row = byRef.get(cells.external_ref ?? '');
    return row ? { id: row.id, cells: toCells(row) } : undefined;
  };
}
