// Who may use the news wall: staff with the tool switched on and one of its roles; residents of
// an agency that switched it on, seen through their relations of today (the audience of a post is
// evaluated when they look). Anything else of the wall is a 404 like a missing post.
import { assertPortalTool } from '../portal-tool.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Resident } from '../../auth/resident.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { settingsOf } from '../../domain/settings.ts';
import { assertStaffTool } from '../../domain/community/tools.ts';
import { audienceProblem, normalizeAudience, type Audience } from '../../domain/community/audience.ts';
import { calendarDay } from '../../domain/time-zone.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { foreignAudienceIds } from '../../db/repositories/audience-sql.ts';
import { residentRelations } from '../../db/repositories/portal-tickets.ts';
import * as repo from '../../db/repositories/news.ts';

/** The organization and its settings, once the staff member may use the wall. */
export async function staffNews(ctx: AppContext, actor: Actor) {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const settings = settingsOf(organization.settings);
  assertStaffTool(settings.communityTools, 'news', actor.roles);
  return { organization, settings };
}

export async function ownPost(ctx: AppContext, organizationId: string, id: string) {
  const post = await repo.findPost(ctx.db, organizationId, id);
  if (!post) throw notFound('Post');
  return post;
}

/** The resident as the wall sees them: relations of today, the agency's settings, the time asked. */
export async function residentViewer(ctx: AppContext, resident: Resident) {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  const settings = settingsOf(organization.settings);
  await assertPortalTool(ctx, resident, settings.communityTools, 'news');
  const now = ctx.clock.now();
  const relations = await residentRelations(ctx.db, resident.organizationId, resident.personId, calendarDay(now, organization.timezone));
  return { organization, settings, relations, now };
}
export type ResidentViewer = Awaited<ReturnType<typeof residentViewer>>;

/** A post the resident may read now (its audience, its times), else 404. */
export async function visiblePost(ctx: AppContext, resident: Resident, viewer: ResidentViewer, id: string) {
  const post = await repo.residentPost(ctx.db, resident.organizationId, id, viewer);
  if (!post) throw notFound('Post');
  return post;
}

/** The audience as stored, once its targets are known to be the agency's. */
export async function checkedAudience(ctx: AppContext, organizationId: string, audience: Audience): Promise<Audience> {
  const problem = audienceProblem(audience);
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
  const foreign = await foreignAudienceIds(ctx.db, organizationId, audience);
  if (foreign.length > 0) throw new DomainError('unknown_reference', 'The audience names properties or units that are not the agency’s.', { ids: foreign });
  return normalizeAudience(audience);
}
