// "Contains" search on a name (and a reference) for the master-data lists, ignoring case; the
// user's text is escaped so that % and _ match themselves.
import { ilike, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Rows whose columns contain `text`; undefined (no filter) when it is empty. */
export function containsText(text: string | undefined, ...columns: PgColumn[]): SQL | undefined {
  const needle = text?.trim();
  if (!needle) return undefined;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(...columns.map((column) => ilike(column, pattern)));
}
