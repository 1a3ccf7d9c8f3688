// SQL for the reports per building a manager made: stored with their figures, listed newest first.
import { and, desc, eq, lt, or, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { reports, users, properties, units } from '../schema/index.ts';
import { decodeCursor, pageOf, type Page } from '../pagination.ts';

export type NewReportRow = typeof reports.$inferInsert;

/** A report with the names it shows (property, unit, author). */
export interface ReportRow {
  id: string;
  organizationId: string;
  propertyId: string;
  propertyName: string;
  propertyRef: string | null;
  propertyAddress: string;
  unitId: string | null;
  unitReference: string | null;
  periodFrom: string;
  periodTo: string;
  items: string[];
  language: 'fr' | 'en';
  result: Record<string, unknown>;
  createdAt: Date;
  createdById: string | null;
  createdByName: string | null;
}

const columns = {
  id: reports.id, organizationId: reports.organizationId, propertyId: reports.propertyId, propertyName: properties.name,
  propertyRef: properties.externalRef, addressLine: properties.addressLine, postalCode: properties.postalCode, city: properties.city,
  unitId: reports.unitId, unitReference: units.reference, periodFrom: reports.periodFrom, periodTo: reports.periodTo,
  items: reports.items, language: reports.language, result: reports.result, createdAt: reports.createdAt,
  createdById: reports.createdById, createdByName: users.name,
};

type Selected = { [K in keyof typeof columns]: unknown };

function toRow(r: Selected): ReportRow {
  const { addressLine, postalCode, city, ...rest } = r as Omit<ReportRow, 'propertyAddress'> & { addressLine: string; postalCode: string; city: string };
  return { ...rest, propertyAddress: [addressLine, `${postalCode} ${city}`.trim()].filter(Boolean).join(', ') };
}

function selectReports(db: Db, where: SQL | undefined) {
  return db.select(columns).from(reports)
    .innerJoin(properties, eq(properties.id, reports.propertyId))
    .leftJoin(units, eq(units.id, reports.unitId))
    .leftJoin(users, eq(users.id, reports.createdById))
    .where(where);
}

export async function insertReport(db: Db, row: NewReportRow): Promise<string> {
  const [written] = await db.insert(reports).values(row).returning({ id: reports.id });
  return written!.id;
}

/** One report of the organization, or undefined. */
export async function findReport(db: Db, organizationId: string, id: string): Promise<ReportRow | undefined> {
  const [row] = await selectReports(db, and(eq(reports.organizationId, organizationId), eq(reports.id, id))).limit(1);
  return row ? toRow(row) : undefined;
}

/** A page of the organization's reports, newest first; only those properties when `propertyIds` is given. */
export async function listReports(db: Db, organizationId: string, options: { limit: number; cursor?: string; propertyId?: string; propertyIds?: readonly string[] }): Promise<Page<ReportRow>> {
  const key = decodeCursor(options.cursor, { time: true });
  const after = key ? or(lt(reports.createdAt, new Date(key.s)), and(eq(reports.createdAt, new Date(key.s)), lt(reports.id, key.id))) : undefined;
  const rows = await selectReports(db, and(
    eq(reports.organizationId, organizationId),
    options.propertyId ? eq(reports.propertyId, options.propertyId) : undefined,
    options.propertyIds ? inArray(reports.propertyId, [...options.propertyIds, '00000000-0000-0000-0000-000000000000']) : undefined,
    after,
  )).orderBy(desc(reports.createdAt), desc(reports.id)).limit(options.limit + 1);
  return pageOf(rows.map(toRow), options.limit, (row) => row.createdAt.toISOString());
}
