// The agency's tenant companies, by name, with their premises and how many employees.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { listCompanies as listRows } from '../../db/repositories/companies.ts';
import { assertCompaniesTool } from './company-tool.ts';

export async function listCompanies(ctx: AppContext, actor: Actor, q?: string) {
  await assertCompaniesTool(ctx, actor);
  return listRows(ctx.db, actor.organizationId, q?.trim() || undefined);
}
