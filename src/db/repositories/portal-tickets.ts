// SQL for what a resident sees of tickets: their relations of today, the tickets on which they
// decide as approvers, and domain/portal/ticket-visibility.ts as a where clause (the list).
import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { companies, companyMembers, personRelations, ticketParties, tickets } from '../schema/index.ts';
import { VISIBILITY_AUDIENCE, type ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import { VISIBILITIES } from '../../domain/tickets/codes.ts';

/** The person's relations current on `today` (YYYY-MM-DD, the agency's calendar day), and, for
 * each tenant company they work for that has premises, an occupant's (a tenant's) relation there
 * naming the company. */
export async function residentRelations(db: Db, organizationId: string, personId: string, today: string): Promise<ResidentRelation[]> {
  const [held, employed] = await Promise.all([heldRelations(db, organizationId, personId, today), companyPremises(db, organizationId, personId)]);
  return [...held, ...employed];
}

async function companyPremises(db: Db, organizationId: string, personId: string): Promise<ResidentRelation[]> {
  const rows = await db
    .select({ propertyId: companies.propertyId, unitId: companies.unitId, companyId: companies.id })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.organizationId, organizationId), eq(companyMembers.personId, personId), isNotNull(companies.propertyId)));
  return rows.map((r) => ({ kind: 'tenant' as const, propertyId: r.propertyId!, unitId: r.unitId, companyId: r.companyId }));
}

function heldRelations(db: Db, organizationId: string, personId: string, today: string): Promise<ResidentRelation[]> {
  return db
    .select({ kind: personRelations.kind, propertyId: personRelations.propertyId, unitId: personRelations.unitId })
    .from(personRelations)
    .where(
      and(
        eq(personRelations.organizationId, organizationId),
        eq(personRelations.personId, personId),
        or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
        or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
      ),
    );
}

/** The tickets on which the person is an active approver (they decide quotes there). */
export async function approverTicketIds(db: Db, organizationId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ ticketId: ticketParties.ticketId })
    .from(ticketParties)
    .where(and(eq(ticketParties.organizationId, organizationId), eq(ticketParties.personId, personId), eq(ticketParties.role, 'approver'), eq(ticketParties.active, true)));
  return [...new Set(rows.map((r) => r.ticketId))];
}

/** The tenant companies of which the person is an admin. */
export async function adminCompanyIds(db: Db, organizationId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ companyId: companyMembers.companyId })
    .from(companyMembers)
    .where(and(eq(companyMembers.organizationId, organizationId), eq(companyMembers.personId, personId), eq(companyMembers.isAdmin, true)));
  return rows.map((r) => r.companyId);
}

const none = sql`false`;

/** The where clause of the tickets a resident sees (the same rules as residentSeesTicket). */
export function residentTicketCondition(
  organizationId: string,
  viewer: { personId: string; relations: readonly ResidentRelation[]; showsTickets: boolean; approverTicketIds: readonly string[]; adminCompanyIds: readonly string[] },
): SQL {
  const held = [...new Set(viewer.relations.map((r) => r.propertyId))];
  const own = held.length > 0 ? and(eq(tickets.requesterPersonId, viewer.personId), inArray(tickets.propertyId, held)) : none;
  const shared: SQL[] = [];
  if (viewer.showsTickets) {
    for (const visibility of VISIBILITIES) {
      const audience = VISIBILITY_AUDIENCE[visibility];
      if (audience.over === 'nobody') continue;
      const mine = viewer.relations.filter((r) => audience.relations.includes(r.kind));
      const ids = [...new Set(mine.map((r) => (audience.over === 'property' ? r.propertyId : r.unitId)).filter((id): id is string => id !== null))];
      if (ids.length === 0) continue;
      shared.push(and(eq(tickets.visibility, visibility), inArray(audience.over === 'property' ? tickets.propertyId : tickets.unitId, ids))!);
    }
  }
  const sharedClause = shared.length > 0 ? and(sql`${tickets.type} <> 'PENDING'`, or(...shared)) : none;
  const approver = viewer.approverTicketIds.length > 0 ? inArray(tickets.id, [...viewer.approverTicketIds]) : none;
  const company = viewer.adminCompanyIds.length > 0 ? inArray(tickets.companyId, [...viewer.adminCompanyIds]) : none;
  return and(eq(tickets.organizationId, organizationId), or(own, sharedClause, approver, company))!;
}
