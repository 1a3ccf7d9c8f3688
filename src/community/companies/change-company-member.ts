// Makes an employee the company's admin or not, or removes them from the company (the person
// stays: they may hold other places).
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { deleteMember, findMembership, setMemberAdmin } from '../../db/repositories/companies.ts';
import { assertCompaniesTool, ownCompany } from './company-tool.ts';
import { getCompany } from './get-company.ts';

async function ownMembership(ctx: AppContext, actor: Actor, companyId: string, personId: string) {
  await assertCompaniesTool(ctx, actor);
  await ownCompany(ctx, actor, companyId);
  if (!(await findMembership(ctx.db, companyId, personId))) throw notFound('Member');
}

export async function setCompanyAdmin(ctx: AppContext, actor: Actor, companyId: string, personId: string, isAdmin: boolean) {
  await ownMembership(ctx, actor, companyId, personId);
  await setMemberAdmin(ctx.db, companyId, personId, isAdmin);
  return getCompany(ctx, actor, companyId);
}

export async function removeCompanyMember(ctx: AppContext, actor: Actor, companyId: string, personId: string) {
  await ownMembership(ctx, actor, companyId, personId);
  await deleteMember(ctx.db, companyId, personId);
  return getCompany(ctx, actor, companyId);
}
