// The resident as the ticket access policy sees them, read now: their relations of today (in the
// agency's time zone), the agency's "show tickets in the portal", the tickets they decide on, the
// tenant companies they are an admin of.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import type { ResidentViewer } from '../tickets/ticket-access.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { adminCompanyIds, approverTicketIds, residentRelations } from '../db/repositories/portal-tickets.ts';
import { settingsOf } from '../domain/settings.ts';
import { calendarDay } from '../domain/time-zone.ts';

export async function residentViewer(ctx: AppContext, resident: Resident): Promise<ResidentViewer> {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  const today = calendarDay(ctx.clock.now(), organization.timezone);
  const [relations, approverTickets, adminCompanies] = await Promise.all([
    residentRelations(ctx.db, resident.organizationId, resident.personId, today),
    approverTicketIds(ctx.db, resident.organizationId, resident.personId),
    adminCompanyIds(ctx.db, resident.organizationId, resident.personId),
  ]);
  return {
    type: 'resident', resident, relations, showsTickets: settingsOf(organization.settings).portalShowsTickets,
    approverTicketIds: approverTickets, adminCompanyIds: adminCompanies,
  };
}
