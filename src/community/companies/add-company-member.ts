// Adds an employee to a company: a person of the agency, or a new one (name, email, phone) — an
// email another person already has names that person instead of making a second one. With
// `invite`, the portal invitation goes too (the company's premises make them an occupant), in
// the same transaction: when it cannot go (no email, an email another account uses), nothing
// is kept and the answer says why.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { personsRepository } from '../../db/repositories/master-data.ts';
import { findPerson } from '../../db/repositories/portal-accounts.ts';
import { personsWithEmail } from '../../db/repositories/inbound.ts';
import { findMembership, upsertMember, type CompanyRow } from '../../db/repositories/companies.ts';
import { sendInvitation } from '../../portal/send-invitation.ts';
import { assertCompaniesTool, ownCompany } from './company-tool.ts';
import { getCompany } from './get-company.ts';

export interface NewColleague {
  name: string;
  email?: string | null;
  phone?: string | null;
}

export interface MemberInput {
  personId?: string;
  person?: NewColleague;
  isAdmin?: boolean;
  invite?: boolean;
}

/** The person to add: the one named, the one holding the email, or a new one. */
async function personFor(db: Db, organizationId: string, input: MemberInput, now: Date): Promise<string> {
  if (input.personId) {
    if (!(await personsRepository.get(db, organizationId, input.personId))) throw new DomainError('unknown_reference', 'personId does not name a person of this agency.', { field: 'personId' });
    return input.personId;
  }
  const given = input.person!;
  const email = given.email?.trim().toLowerCase() || null;
  if (email) {
    const [existing] = await personsWithEmail(db, organizationId, email);
    if (existing) return existing.id;
  }
  const created = await personsRepository.insert(db, {
    organizationId, name: given.name.trim(), emails: email ? [email] : [], phones: given.phone?.trim() ? [given.phone.trim()] : [], createdAt: now, updatedAt: now,
  });
  return created.id;
}

/** Inside a transaction: adds (or re-flags) the member and sends the invitation if asked. */
export async function addMember(ctx: AppContext, company: CompanyRow, input: MemberInput, invitedById: string | null): Promise<string> {
  const now = ctx.clock.now();
  const personId = await personFor(ctx.db, company.organizationId, input, now);
  const already = await findMembership(ctx.db, company.id, personId);
  await upsertMember(ctx.db, { organizationId: company.organizationId, companyId: company.id, personId, isAdmin: input.isAdmin ?? already?.isAdmin ?? false, createdAt: already?.createdAt ?? now });
  if (input.invite) {
    const person = await findPerson(ctx.db, company.organizationId, personId);
    if (!person) throw notFound('Person');
    if (person.portalStatus !== 'active' && person.portalStatus !== 'invited') await sendInvitation(ctx, person, invitedById);
  }
  return personId;
}

export async function addCompanyMember(ctx: AppContext, actor: Actor, companyId: string, input: MemberInput) {
  await assertCompaniesTool(ctx, actor);
  const company = await ownCompany(ctx, actor, companyId);
  if (!input.personId && !input.person) throw new DomainError('validation_failed', 'Give personId, or person with a name.', [{ in: 'body', field: 'personId', message: 'or person is required' }]);
  await ctx.db.transaction((tx) => addMember({ ...ctx, db: tx }, company, input, actor.userId));
  return getCompany(ctx, actor, companyId);
}
