// SQL for what a resident sees of tickets: their relations of today, the tickets on which they
// decide as approvers, and domain/portal/ticket-visibility.ts as a where clause (the list).
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { personRelations, ticketParties, tickets } from '../schema/index.ts';
import { VISIBILITY_AUDIENCE, type ResidentRelation } from '../../domain/portal/ticket-visibility.ts';
import { VISIBILITIES } from '../../domain/tickets/codes.ts';

/** The person's relations current on `today` (YYYY-MM-DD, the agency's calendar day). */
export async function residentRelations(db: Db, organizationId: string, personId: string, today: string): Promise<ResidentRelation[]> {
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

const none = sql`false`;

/** The where clause of the tickets a resident sees (the same rules as residentSeesTicket). */
export function residentTicketCondition(
  organizationId: string,
  viewer: { personId: string; relations: readonly ResidentRelation[]; showsTickets: boolean; approverTicketIds: readonly string[] },
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
  return and(eq(tickets.organizationId, organizationId), or(own, sharedClause, approver))!;
}
