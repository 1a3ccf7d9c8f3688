// The resident's side of tenant companies: the companies they work for (with their colleagues
// when they are its admin), and the admin inviting a colleague to the portal. The tool must be on.
import { assertPortalTool } from '../portal-tool.ts';
import type { AppContext } from '../../context.ts';
import type { Resident } from '../../auth/resident.ts';
import { DomainError } from '../../domain/errors.ts';
import { settingsOf } from '../../domain/settings.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { companiesOfPerson, membersOf } from '../../db/repositories/companies.ts';
import { personsWithEmail } from '../../db/repositories/inbound.ts';
import { accountWithEmail } from '../../db/repositories/portal-accounts.ts';
import { addMember, type NewColleague } from './add-company-member.ts';

async function assertTool(ctx: AppContext, resident: Resident) {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  await assertPortalTool(ctx, resident, settingsOf(organization.settings).communityTools, 'companies');
}

/** Their companies; an admin also gets the colleagues (names and portal state only). */
export async function myCompanies(ctx: AppContext, resident: Resident) {
  await assertTool(ctx, resident);
  const rows = await companiesOfPerson(ctx.db, resident.organizationId, resident.personId);
  return Promise.all(rows.map(async ({ company, isAdmin }) => ({
    company, isAdmin,
    colleagues: isAdmin ? (await membersOf(ctx.db, resident.organizationId, company.id)).map((m) => ({ personId: m.personId, name: m.name, isAdmin: m.isAdmin, portalStatus: m.portalStatus })) : null,
  })));
}

/** A company admin invites a colleague: added to the company and invited to the portal, together. */
export async function inviteColleague(ctx: AppContext, resident: Resident, companyId: string, colleague: NewColleague & { email: string }) {
  await assertTool(ctx, resident);
  const mine = (await companiesOfPerson(ctx.db, resident.organizationId, resident.personId)).find((r) => r.company.id === companyId);
  if (!mine) throw new DomainError('not_found', 'Company not found.');
  if (!mine.isAdmin) throw new DomainError('not_company_admin', 'Only the company’s admin invites colleagues.');
  // From the portal a colleague is always a new person: an email the agency already knows (a
  // person's, a portal account's) is not matched — that would let an admin pull anyone into the
  // company, or learn whose address it is. The agency adds such a colleague from the cockpit.
  const email = colleague.email.trim().toLowerCase();
  if ((await personsWithEmail(ctx.db, resident.organizationId, email)).length > 0 || (await accountWithEmail(ctx.db, resident.organizationId, email))) {
    throw new DomainError('colleague_email_known', 'The agency already knows this email address: ask the agency to add this colleague to the company.');
  }
  await ctx.db.transaction((tx) => addMember({ ...ctx, db: tx }, mine.company, { person: { ...colleague, email }, invite: true }, null));
  return myCompanies(ctx, resident);
}
