// The agency's settings (DOMAIN.md §11): read by every staff member (the forms need the defaults),
// changed by app admins. Unknown keys are refused; what is not given keeps its value.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { settingsOf, type OrganizationSettings } from '../domain/settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { updateOrganizationSettings } from '../db/repositories/organizations.ts';
import { countExisting } from '../db/repositories/master-data.ts';
import { DomainError } from '../domain/errors.ts';

export interface AgencyProfile {
  name: string;
  email: string | null;
  phone: string | null;
}

/** The settings in force and the agency's contact details. */
export async function getSettings(ctx: AppContext, actor: Actor) {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const stored = organization.settings;
  return {
    settings: settingsOf(stored),
    agency: { name: organization.name, email: typeof stored.email === 'string' ? stored.email : null, phone: typeof stored.phone === 'string' ? stored.phone : null },
  };
}

/** Changes some settings (and the agency's name, email, phone). */
export async function updateSettings(ctx: AppContext, actor: Actor, patch: Partial<OrganizationSettings> & { agency?: Partial<AgencyProfile> }) {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const { agency, ...settings } = patch;
  await checkPortalCategories(ctx, actor.organizationId, settings.portalCategoryIds);
  const merged: Record<string, unknown> = { ...organization.settings, ...settings };
  // A tool's switch changes alone: the other tools keep theirs.
  if (settings.communityTools) merged.communityTools = { ...settingsOf(organization.settings).communityTools, ...settings.communityTools };
  if (settings.news) merged.news = { ...settingsOf(organization.settings).news, ...settings.news };
  if (agency?.email !== undefined) merged.email = agency.email;
  if (agency?.phone !== undefined) merged.phone = agency.phone;
  await updateOrganizationSettings(ctx.db, actor.organizationId, merged, agency?.name);
  return getSettings(ctx, actor);
}

/** The categories residents may choose must be the agency's own (an empty list: none at all). */
async function checkPortalCategories(ctx: AppContext, organizationId: string, ids: string[] | null | undefined) {
  if (!ids || ids.length === 0) return;
  const unique = [...new Set(ids)];
  if ((await countExisting(ctx.db, 'category', organizationId, unique)) !== unique.length) {
    throw new DomainError('unknown_reference', 'portalCategoryIds names a category that is not one of this agency.', { field: 'portalCategoryIds' });
  }
}
