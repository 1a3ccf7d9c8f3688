// GET /portal/categories: the categories residents may file under (the agency's active ones, or
// those of portalCategoryIds), with the structured fields the form asks for.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { settingsOf } from '../domain/settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { activeCategories } from '../db/repositories/portal-requests.ts';

export async function portalCategories(ctx: AppContext, resident: Resident) {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  const allowed = settingsOf(organization.settings).portalCategoryIds;
  const rows = await activeCategories(ctx.db, resident.organizationId);
  return { items: rows.filter((c) => allowed === null || allowed.includes(c.id)).map((c) => ({ id: c.id, name: c.name, fields: c.fields })) };
}
