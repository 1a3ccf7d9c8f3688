// The four queries every master-data table answers, always inside one organization:
// a page sorted by a column, one row, an insert, an update.
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, TableConfig } from 'drizzle-orm/pg-core';
import type { Db } from '../connection.ts';
import { keyset, pageOf, type Page } from '../pagination.ts';
import { DomainError } from '../../domain/errors.ts';
import { isUniqueViolation } from '../errors.ts';

type OrgTable = PgTable<TableConfig> & { id: PgColumn; organizationId: PgColumn; updatedAt?: PgColumn };

export interface OrgScopedRepository<Row> {
  list(db: Db, organizationId: string, limit: number, cursor?: string, filter?: SQL): Promise<Page<Row>>;
  get(db: Db, organizationId: string, id: string): Promise<Row | undefined>;
  insert(db: Db, values: Record<string, unknown>): Promise<Row>;
  update(db: Db, organizationId: string, id: string, patch: Record<string, unknown>): Promise<Row | undefined>;
}

/** Builds the repository of a table that has `id` and `organization_id`, listed by `sortColumn`. */
export function orgScopedRepository<T extends OrgTable>(
  table: T,
  sortColumn: PgColumn,
  sortKey: (row: T['$inferSelect']) => string,
  conflictMessage = 'Another record of this agency already has this reference.',
): OrgScopedRepository<T['$inferSelect']> {
  type Row = T['$inferSelect'];
  const conflict = (error: unknown): never => {
    if (isUniqueViolation(error)) throw new DomainError('conflict', conflictMessage);
    throw error;
  };
  // Drizzle's builders are typed per table; this module is generic over tables, hence the casts.
  return {
    async list(db, organizationId, limit, cursor, filter) {
      const { where, orderBy } = keyset(sortColumn, table.id, cursor);
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(and(eq(table.organizationId, organizationId), filter, where))
        .orderBy(...orderBy)
        .limit(limit + 1)) as Row[];
      return pageOf(rows as (Row & { id: string })[], limit, sortKey);
    },
    async get(db, organizationId, id) {
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(and(eq(table.organizationId, organizationId), eq(table.id, id)))
        .limit(1)) as Row[];
      return rows[0];
    },
    async insert(db, values) {
      const rows = (await db.insert(table).values(values as T['$inferInsert']).returning().catch(conflict)) as Row[];
      return rows[0]!;
    },
    async update(db, organizationId, id, patch) {
      const values = table.updatedAt ? { ...patch, updatedAt: new Date() } : patch;
      const rows = (await db
        .update(table)
        .set(values as never)
        .where(and(eq(table.organizationId, organizationId), eq(table.id, id)))
        .returning()
        .catch(conflict)) as Row[];
      return rows[0];
    },
  };
}
