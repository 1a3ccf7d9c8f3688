// Which tickets a resident sees in the portal (DOMAIN.md §4 visibility, §13), as a table. The
// resident's current relations (today's tenancies, ownerships, council seats) are read when they
// look, so a tenant who moved out stops seeing what belonged to their unit. The same rules are
// turned into SQL by the repository (db/repositories/portal-tickets.ts); a unit test holds both
// to this file.
import type { Module, RelationKind } from '../master-data.ts';
import type { TicketType, Visibility } from '../tickets/codes.ts';

/** One current relation of the resident. Council seats name a property, the others a unit. An
 * employee of a tenant company is an occupant of its premises: a tenant's relation that names
 * the company (db/repositories/portal-tickets.ts residentRelations). */
export interface ResidentRelation {
  kind: RelationKind;
  propertyId: string;
  unitId: string | null;
  companyId?: string | null;
}

/** What the rules read of a ticket. */
export interface VisibleTicketFacts {
  type: TicketType;
  module: Module | null;
  propertyId: string | null;
  unitId: string | null;
  visibility: Visibility;
  requesterPersonId: string | null;
}

/** Who, besides the requester, a ticket's visibility opens it to. Cumulative: all co-owners
 * includes the council; the owner includes the tenant. Syndic visibilities read the property,
 * gérance ones the ticket's unit. */
export const VISIBILITY_AUDIENCE: Record<Visibility, { relations: readonly RelationKind[]; over: 'property' | 'unit' | 'nobody' }> = {
  requester: { relations: [], over: 'nobody' },
  council: { relations: ['council_member', 'council_president'], over: 'property' },
  all_coowners: { relations: ['council_member', 'council_president', 'co_owner', 'owner'], over: 'property' },
  tenant: { relations: ['tenant'], over: 'unit' },
  owner: { relations: ['tenant', 'owner', 'co_owner'], over: 'unit' },
};

/** Whether the resident (person `personId` with `relations` current today) sees the ticket.
 * A pending request is its requester's alone; the requester sees their tickets while they still
 * hold a relation to the ticket's property (a tenant who left sees no more of it). `approverOf`
 * is true when the resident is an active approver on the ticket (they decide its quotes);
 * `companyAdminOf` when the ticket is their company's and they are its admin (they see and file
 * the company's requests). */
export function residentSeesTicket(personId: string, relations: readonly ResidentRelation[], ticket: VisibleTicketFacts, showsTickets: boolean, approverOf = false, companyAdminOf = false): boolean {
  if (approverOf || companyAdminOf) return true;
  if (ticket.propertyId === null) return false;
  const holdsProperty = relations.some((r) => r.propertyId === ticket.propertyId);
  if (ticket.requesterPersonId === personId) return holdsProperty;
  if (ticket.type === 'PENDING' || !showsTickets) return false;
  const audience = VISIBILITY_AUDIENCE[ticket.visibility];
  switch (audience.over) {
    case 'nobody':
      return false;
    case 'property':
      return relations.some((r) => r.propertyId === ticket.propertyId && audience.relations.includes(r.kind));
    case 'unit':
      return ticket.unitId !== null && relations.some((r) => r.unitId === ticket.unitId && audience.relations.includes(r.kind));
  }
}

/** Whether the resident sees amounts (the quotes of their co-ownership): council members and the
 * president, on a syndic ticket of their property, and an approver on what they decide. */
export function residentSeesAmounts(relations: readonly ResidentRelation[], ticket: Pick<VisibleTicketFacts, 'module' | 'propertyId'>, approverOf = false): boolean {
  if (approverOf) return true;
  return ticket.module === 'syndic' && relations.some((r) => r.propertyId === ticket.propertyId && (r.kind === 'council_member' || r.kind === 'council_president'));
}
