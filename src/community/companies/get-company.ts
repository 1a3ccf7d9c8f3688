// One company with its employees and how many tickets are its.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { countCompanyTickets, membersOf } from '../../db/repositories/companies.ts';
import { assertCompaniesTool, ownCompany } from './company-tool.ts';

export async function getCompany(ctx: AppContext, actor: Actor, id: string) {
  await assertCompaniesTool(ctx, actor);
  const company = await ownCompany(ctx, actor, id);
  const [members, ticketCount] = await Promise.all([membersOf(ctx.db, actor.organizationId, id), countCompanyTickets(ctx.db, actor.organizationId, id)]);
  return { company, members, ticketCount };
}
