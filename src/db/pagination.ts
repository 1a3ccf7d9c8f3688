// Keyset pagination shared by every list: an opaque cursor holding the last row's sort key.
import { and, eq, gt, or, asc, type SQL, type AnyColumn } from 'drizzle-orm';
import { DomainError } from '../domain/errors.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface CursorKey {
  s: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A time as `pageOf` writes it (ISO 8601, years 1 to 9999: what the database stores). */
const isStoredTime = (value: string) => /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

/** Decodes a cursor produced by `pageOf`; a tampered one is a 400, not a crash: its id is a
 * UUID, and with `time` its sort key is a date and time. */
export function decodeCursor(cursor: string | undefined, options: { time?: boolean } = {}): CursorKey | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && typeof (key as CursorKey).s === 'string' && typeof (key as CursorKey).id === 'string' && UUID.test((key as CursorKey).id)
      && (!options.time || isStoredTime((key as CursorKey).s))) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('invalid_cursor', 'The cursor is not one this server gave out; start again from the first page.');
}

/** The WHERE part and ORDER BY for "rows after this cursor, sorted by (sortColumn, id)". */
export function keyset(sortColumn: AnyColumn, idColumn: AnyColumn, cursor: string | undefined): { where?: SQL; orderBy: SQL[] } {
  const key = decodeCursor(cursor);
  const where = key ? or(gt(sortColumn, key.s), and(eq(sortColumn, key.s), gt(idColumn, key.id))) : undefined;
  return { where, orderBy: [asc(sortColumn), asc(idColumn)] };
}

/** Cuts `limit + 1` fetched rows into a page and the cursor of the next one. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, sortKey: (row: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify({ s: sortKey(last), id: last.id })).toString('base64url') : null;
  return { items, nextCursor };
}
