// An invited person opens the invitation link: the page shows whom it is for, then they choose a
// password and their account opens. The invitation works once, within 14 days, and only while the
// person still holds a place.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/master-data.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { accountOfPerson, findPerson, markTokenUsed, revokePersonTokens, setPortalStatus, updateAccount } from '../db/repositories/portal-accounts.ts';
import { usableLink } from './portal-secrets.ts';
import { passwordRule } from './resident-password-reset.ts';
import { openPortalSession, type OpenedSession, type SessionClient } from './open-portal-session.ts';
import { requireCurrentRelation } from './resident-access.ts';

async function invitationOf(ctx: AppContext, secret: string) {
  const now = ctx.clock.now();
  let token;
  try {
    token = await usableLink(ctx.db, secret, 'invitation', now);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'conflict') throw error;
    throw new DomainError('conflict', 'This invitation was already used: your access is open, sign in instead.');
  }
  const person = token.personId ? await findPerson(ctx.db, token.organizationId, token.personId) : undefined;
  const account = person ? await accountOfPerson(ctx.db, token.organizationId, person.id) : undefined;
  if (!person || !account) throw new DomainError('link_invalid', 'This link is not valid: ask the agency for a new invitation.');
  if (account.deactivatedAt) throw new DomainError('link_revoked', 'This invitation was withdrawn: contact the agency.');
  return { token, person, account, now };
}

/** What the registration page shows. */
export async function readInvitation(ctx: AppContext, secret: string) {
  const { person, account } = await invitationOf(ctx, secret);
  const organization = (await findOrganization(ctx.db, person.organizationId))!;
  return { organizationName: organization.name, personName: person.name, email: account.email, language: account.language === 'en' ? 'en' as const : 'fr' as const };
}

export async function registerWithInvitation(ctx: AppContext, input: { token: string; password: string; language?: Language }, client: SessionClient): Promise<OpenedSession> {
  passwordRule(input.password);
  const { token, person, account, now } = await invitationOf(ctx, input.token);
  await requireCurrentRelation(ctx, person.organizationId, person.id);
  const passwordHash = await hashPassword(input.password);
  const registered = await ctx.db.transaction(async (tx) => {
    if (!(await markTokenUsed(tx, token.id, now))) throw new DomainError('conflict', 'This invitation was already used: your access is open, sign in instead.');
    await revokePersonTokens(tx, person.organizationId, person.id, now, ['invitation']);
    await setPortalStatus(tx, person.id, 'active', now);
    return updateAccount(tx, account.id, { passwordHash, language: input.language ?? account.language, updatedAt: now });
  });
  return openPortalSession(ctx, registered, client);
}
