// Incidents (src/tickets/incidents/): the reports linked to an incident, the incident a report
// points to, and the tickets a new report may duplicate. Every query names the organization.
import { and, asc, desc, eq, gte, isNull, lte, ne, or, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { tickets } from '../schema/index.ts';
import { accessCondition } from './ticket-list.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';
import type { TicketRow } from './tickets.ts';

/** The tickets linked to an incident, oldest request first. */
export function reportsOfIncident(db: Db, organizationId: string, incidentId: string): Promise<TicketRow[]> {
  return db.select().from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.incidentId, incidentId)))
    .orderBy(asc(tickets.requestedAt), asc(tickets.number));
}

/** How many tickets linked to an incident are still open. */
export async function openReportCount(db: Db, organizationId: string, incidentId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.incidentId, incidentId), isNull(tickets.closedAt)));
  return row?.count ?? 0;
}

/** The ids of the tickets linked to an incident. */
export async function reportIdsOfIncident(db: Db, organizationId: string, incidentId: string): Promise<string[]> {
  const rows = await db.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.organizationId, organizationId), eq(tickets.incidentId, incidentId)));
  return rows.map((r) => r.id);
}

/** The number and subject of the incident a report is linked to. */
export async function incidentOf(db: Db, organizationId: string, incidentId: string) {
  const [row] = await db.select({
    id: tickets.id, organizationId: tickets.organizationId, number: tickets.number, subject: tickets.subject, closedAt: tickets.closedAt,
    assigneeId: tickets.assigneeId, propertyId: tickets.propertyId,
  }).from(tickets)
    .where(and(eq(tickets.organizationId, organizationId), eq(tickets.id, incidentId))).limit(1);
  return row;
}

export interface DuplicateQuery {
  organizationId: string;
  access: TicketScope;
  ticketId: string;
  propertyId: string;
  unitId: string | null;
  categoryId: string;
  /** Ordinary tickets requested from then to `until` match; open incidents whatever their age. */
  since: Date;
  until: Date;
  limit: number;
}

/** Open tickets of the same place (property, and the same unit or the common parts) and category
 * as a report, not linked themselves: open incidents first, then the newest request. */
export function duplicateCandidates(db: Db, q: DuplicateQuery) {
  const where: (SQL | undefined)[] = [
    eq(tickets.organizationId, q.organizationId), accessCondition(q.access), ne(tickets.id, q.ticketId),
    eq(tickets.propertyId, q.propertyId), q.unitId ? eq(tickets.unitId, q.unitId) : isNull(tickets.unitId),
    eq(tickets.categoryId, q.categoryId), isNull(tickets.closedAt), isNull(tickets.incidentId),
    or(gt(tickets.incidentReportCount, 0), and(gte(tickets.requestedAt, q.since), lte(tickets.requestedAt, q.until))),
  ];
  return db.select({
    number: tickets.number, subject: tickets.subject, status: tickets.status, requestedAt: tickets.requestedAt,
    requesterName: tickets.requesterName, incidentReportCount: tickets.incidentReportCount,
  }).from(tickets).where(and(...where))
    .orderBy(desc(sql`${tickets.incidentReportCount} > 0`), desc(tickets.requestedAt), desc(tickets.number))
    .limit(q.limit);
}
