// Deletes a company and its memberships; one that tickets name stays (409 company_has_tickets):
// its history would lose who the requests were for.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { countCompanyTickets, deleteCompany } from '../../db/repositories/companies.ts';
import { assertCompaniesTool, ownCompany } from './company-tool.ts';

export async function removeCompany(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await assertCompaniesTool(ctx, actor);
  await ownCompany(ctx, actor, id);
  const tickets = await countCompanyTickets(ctx.db, actor.organizationId, id);
  if (tickets > 0) throw new DomainError('company_has_tickets', `${tickets} ticket(s) are this company's: it cannot be deleted. Remove its employees instead.`, { tickets });
  await deleteCompany(ctx.db, actor.organizationId, id);
}
