// Who may see and change a ticket: the one access policy every ticket use case asks (routes do
// not), and the list turns into SQL (`ticketScope`). Staff see their agency's tickets within
// their scope (DOMAIN.md §2): managers and agents every ticket; assistants the tickets of the
// properties they assist and those assigned to them (every ticket when the agency's setting
// `assistantsSeeAllTickets` is on); external agents only those assigned to them; roles that do
// not work tickets none. A party (contractor, approver) only the ticket its link was made for;
// a resident what the portal's visibility rules open to them (domain/portal/ticket-visibility.ts,
// read against their relations of today); the automation every ticket. A ticket someone may not see is indistinguishable from one that
// does not exist (404).
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import { can } from '../domain/roles.ts';
import { settingsOf, type OrganizationSettings } from '../domain/settings.ts';
import { notFound } from '../domain/errors.ts';
import { findTicket, type TicketRow } from '../db/repositories/tickets.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { assistedPropertyIds, mineAssigneeIds } from '../db/repositories/ticket-list.ts';
import { residentSeesTicket, type ResidentRelation } from '../domain/portal/ticket-visibility.ts';
import type { Resident } from '../auth/resident.ts';

/** Which of the agency's tickets a staff member may see. */
export type TicketScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'assigned'; userIds: readonly string[] }
  | { kind: 'assisted'; userIds: readonly string[]; propertyIds: readonly string[] };

/** Who is asking, as the policy sees them (a staff member with their scope: `staffViewer`). */
export type TicketViewer =
  | { type: 'staff'; actor: Actor; scope: TicketScope }
  | { type: 'party'; organizationId: string; ticketId: string }
  | ResidentViewer
  | { type: 'system' };

/** A resident as the policy sees them: their relations of today, whether the agency shows tickets
 * in the portal, and the tickets on which they are an active approver. */
export interface ResidentViewer {
  type: 'resident';
  resident: Resident;
  relations: readonly ResidentRelation[];
  showsTickets: boolean;
  approverTicketIds: readonly string[];
  /** The tenant companies of which they are an admin: they see the company's tickets. */
  adminCompanyIds: readonly string[];
}

type ScopeKind = TicketScope['kind'];

/** The scope's kind from the roles (the widest role wins) and the agency's settings. */
export function ticketScopeKind(roles: readonly string[], settings: Pick<OrganizationSettings, 'assistantsSeeAllTickets'>): ScopeKind {
  if (roles.includes('manager') || roles.includes('agent')) return 'all';
  if (roles.includes('assistant')) return settings.assistantsSeeAllTickets ? 'all' : 'assisted';
  if (roles.includes('external_agent')) return 'assigned';
  return 'none';
}

/** Whether the scope's kind depends on the agency's settings (so they must be read). */
function needsSettings(roles: readonly string[]): boolean {
  return !roles.includes('manager') && !roles.includes('agent') && roles.includes('assistant');
}

/** The actor's scope, read now: the settings from the organization row, the assisted properties,
 * and whose tickets count as theirs (themselves and who delegated to them until a date not yet
 * passed: DOMAIN.md §2, "their tickets also show to the delegate"). */
export async function ticketScope(db: Db, actor: Actor, now: Date = new Date()): Promise<TicketScope> {
  const settings = needsSettings(actor.roles) ? settingsOf((await findOrganization(db, actor.organizationId))?.settings) : settingsOf(null);
  const kind = ticketScopeKind(actor.roles, settings);
  if (kind === 'all' || kind === 'none') return { kind };
  const [userIds, propertyIds] = await Promise.all([
    mineAssigneeIds(db, actor.organizationId, actor.userId, now),
    kind === 'assisted' ? assistedPropertyIds(db, actor.organizationId, actor.userId) : [],
  ]);
  return kind === 'assigned' ? { kind, userIds } : { kind, userIds, propertyIds };
}

/** The staff member as the policy sees them. */
export async function staffViewer(ctx: AppContext | { db: Db }, actor: Actor): Promise<TicketViewer> {
  return { type: 'staff', actor, scope: await ticketScope(ctx.db, actor, 'clock' in ctx ? ctx.clock.now() : new Date()) };
}

type Visible = Pick<TicketRow, 'id' | 'organizationId' | 'assigneeId' | 'propertyId'> &
  Partial<Pick<TicketRow, 'type' | 'module' | 'unitId' | 'visibility' | 'requesterPersonId' | 'companyId'>>;

/** Whether a ticket of the agency lies within `scope`. */
export function inTicketScope(scope: TicketScope, ticket: Pick<Visible, 'assigneeId' | 'propertyId'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'assigned':
      return ticket.assigneeId !== null && scope.userIds.includes(ticket.assigneeId);
    case 'assisted':
      return (ticket.assigneeId !== null && scope.userIds.includes(ticket.assigneeId)) || (ticket.propertyId !== null && scope.propertyIds.includes(ticket.propertyId));
  }
}

/** Whether `viewer` may see this ticket. */
export function maySeeTicket(viewer: TicketViewer, ticket: Visible): boolean {
  switch (viewer.type) {
    case 'system':
      return true;
    case 'party':
      return viewer.organizationId === ticket.organizationId && viewer.ticketId === ticket.id;
    case 'staff':
      return viewer.actor.organizationId === ticket.organizationId && inTicketScope(viewer.scope, ticket);
    case 'resident': {
      if (viewer.resident.organizationId !== ticket.organizationId || ticket.type === undefined) return false;
      const facts = { type: ticket.type, module: ticket.module ?? null, propertyId: ticket.propertyId, unitId: ticket.unitId ?? null, visibility: ticket.visibility ?? 'requester', requesterPersonId: ticket.requesterPersonId ?? null };
      const companyAdmin = ticket.companyId != null && viewer.adminCompanyIds.includes(ticket.companyId);
      return residentSeesTicket(viewer.resident.personId, viewer.relations, facts, viewer.showsTickets, viewer.approverTicketIds.includes(ticket.id), companyAdmin);
    }
  }
}

/** Whether `viewer` may change this ticket (today: whoever may see it; the routes already
 * required the right to work tickets). */
export function mayChangeTicket(viewer: TicketViewer, ticket: Visible): boolean {
  return maySeeTicket(viewer, ticket);
}

/** Whether the actor may read tickets at all (a template preview with a real ticket asks). */
export function mayReadTickets(actor: Actor): boolean {
  return can(actor.roles, 'tickets:work');
}

/** The ticket `number` of the actor's agency, or 404 unless they may see it (`viewer`: the
 * actor's, when the caller already has it). */
export async function visibleTicket(ctx: AppContext | { db: Db }, actor: Actor, number: number, viewer?: TicketViewer): Promise<TicketRow> {
  const ticket = await findTicket(ctx.db, actor.organizationId, number);
  if (!ticket || !maySeeTicket(viewer ?? (await staffViewer(ctx, actor)), ticket)) throw notFound('Ticket');
  return ticket;
}
