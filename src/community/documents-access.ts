// Who may use documents: staff through the tool's switch and roles (404 tool_off, 403
// tool_not_allowed), residents when the agency switched it on, as seen through their relations
// of today in the agency's calendar.
import { assertPortalTool } from './portal-tool.ts';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { assertStaffTool } from '../domain/community/tools.ts';
import { audienceProblem, normalizeAudience, type Audience } from '../domain/community/audience.ts';
import type { DocumentViewer } from '../domain/community/documents.ts';
import { calendarDay } from '../domain/time-zone.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { foreignAudienceIds } from '../db/repositories/audience-sql.ts';
import { viewerRelations } from '../db/repositories/documents.ts';

export async function documentsStaff(ctx: AppContext, actor: Actor) {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  assertStaffTool(settingsOf(organization.settings).communityTools, 'documents', actor.roles);
  return organization;
}

/** The resident as documents see them: their relations of today. */
export async function documentsViewer(ctx: AppContext, resident: Resident): Promise<DocumentViewer & { timezone: string }> {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  await assertPortalTool(ctx, resident, settingsOf(organization.settings).communityTools, 'documents');
  const today = calendarDay(ctx.clock.now(), organization.timezone);
  return { personId: resident.personId, relations: await viewerRelations(ctx.db, resident.organizationId, resident.personId, today), timezone: organization.timezone };
}

/** An audience as given, checked (its targets the agency's) and normalized; null stays null. */
export async function checkedAudience(ctx: AppContext, organizationId: string, audience: Audience | null): Promise<Audience | null> {
  if (audience === null) return null;
  const problem = audienceProblem(audience);
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
  const foreign = await foreignAudienceIds(ctx.db, organizationId, audience);
  if (foreign.length > 0) throw new DomainError('unknown_reference', 'The audience names properties or units that are not the agency’s.', { ids: foreign });
  return normalizeAudience(audience);
}
