// Who uses bookings (DOMAIN.md §15): staff with the tool switched on and one of its roles
// (domain/community/tools.ts: 404 tool_off, 403 tool_not_allowed); residents of the agency with
// the tool on, who see the active resources of the properties they hold a relation with today,
// within the resource's audience. Anything else — another agency's or building's — is a 404.
import { assertPortalTool } from '../community/portal-tool.ts';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Resident } from '../auth/resident.ts';
import { notFound } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { assertStaffTool } from '../domain/community/tools.ts';
import { calendarDay } from '../domain/time-zone.ts';
import type { ResidentRelation } from '../domain/portal/ticket-visibility.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { residentRelations } from '../db/repositories/portal-tickets.ts';
import * as repo from '../db/repositories/bookings.ts';

export interface Agency {
  id: string;
  name: string;
  timezone: string;
}

/** The staff member's agency, once the tool's switch and roles let them in. */
export async function staffAgency(ctx: AppContext, actor: Actor): Promise<Agency> {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  assertStaffTool(settingsOf(organization.settings).communityTools, 'bookings', actor.roles);
  return { id: organization.id, name: organization.name, timezone: organization.timezone };
}

export async function ownResource(ctx: AppContext, organizationId: string, id: string): Promise<repo.ResourceRow> {
  const resource = await repo.findResource(ctx.db, organizationId, id);
  if (!resource) throw notFound('Resource');
  return resource;
}

export interface ResidentViewer {
  agency: Agency;
  relations: ResidentRelation[];
  now: Date;
}

/** The resident as bookings see them: the tool on, their relations of today, the time asked. */
export async function residentViewer(ctx: AppContext, resident: Resident): Promise<ResidentViewer> {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  await assertPortalTool(ctx, resident, settingsOf(organization.settings).communityTools, 'bookings');
  const now = ctx.clock.now();
  const relations = await residentRelations(ctx.db, resident.organizationId, resident.personId, calendarDay(now, organization.timezone));
  return { agency: { id: organization.id, name: organization.name, timezone: organization.timezone }, relations, now };
}

/** A resource the resident may book now, else 404. */
export async function visibleResource(ctx: AppContext, viewer: ResidentViewer, id: string): Promise<repo.ResourceRow> {
  const [resource] = await repo.residentResources(ctx.db, viewer.agency.id, viewer.relations, id);
  if (!resource) throw notFound('Resource');
  return resource;
}
