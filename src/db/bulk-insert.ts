// Many rows in one statement with one parameter: the rows go as a JSON array and PostgreSQL turns
// them into the table's own row type (jsonb_populate_recordset), so neither the protocol's
// parameter limit nor the query builder's per-value work grows with the batch. Columns no row
// names keep their defaults.
import { sql, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Db } from './connection.ts';

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Inserts `rows` (drizzle's insert shape) into `table`; returns the `returning` columns as
 * stored (raw: strings for dates), one object per inserted row. */
export async function bulkInsert<T extends Table>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: { onConflictDoNothing?: boolean; returning?: readonly (keyof T['$inferSelect'] & string)[] } = {},
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined)))].filter((k) => k in columns);
  const names = keys.map((k) => columns[k]!.name);
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((k, i) => [names[i], jsonValue((row as Record<string, unknown>)[k] ?? null)]))));
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const tableName = sql.raw(`"${getTableName(table)}"`);
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
  const returning = options.returning?.length ? sql.raw(` returning ${options.returning.map((k) => `"${columns[k]!.name}" as "${k}"`).join(', ')}`) : sql``;
  const result = await db.execute(sql`insert into ${tableName} (${list}) select ${list} from jsonb_populate_recordset(null::${tableName}, ${json}::jsonb)${conflict}${returning}`);
  return (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) ?? [];
}
