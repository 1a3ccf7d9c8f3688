// The staff check of the tenant companies tool: switched on, and one of the user's roles given it.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { settingsOf } from '../../domain/settings.ts';
import { assertStaffTool } from '../../domain/community/tools.ts';
import { notFound } from '../../domain/errors.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { findCompany, type CompanyRow } from '../../db/repositories/companies.ts';

export async function assertCompaniesTool(ctx: AppContext, actor: Actor): Promise<void> {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  assertStaffTool(settingsOf(organization.settings).communityTools, 'companies', actor.roles);
}

/** The agency's company, or 404 (another agency's as well). */
export async function ownCompany(ctx: AppContext, actor: Actor, id: string): Promise<CompanyRow> {
  const company = await findCompany(ctx.db, actor.organizationId, id);
  if (!company) throw notFound('Company');
  return company;
}
