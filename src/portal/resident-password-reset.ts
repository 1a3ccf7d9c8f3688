// "Forgot password" on the portal: a reset link (60 minutes, once) to each registered account
// with the email, the same answer whether there is one or not. Setting the new password ends
// every other session of the resident and signs them in.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { findAccount, markTokenUsed, revokePersonTokens, updateAccount } from '../db/repositories/portal-accounts.ts';
import { revokePersonPortalSessions } from '../db/repositories/portal-sessions.ts';
import { emailLinkToAccounts } from './email-link-to-accounts.ts';
import { usableLink } from './portal-secrets.ts';
import { openPortalSession, type OpenedSession, type SessionClient } from './open-portal-session.ts';
import { requireCurrentRelation } from './resident-access.ts';

export function requestResidentPasswordReset(ctx: AppContext, email: string): Promise<number> {
  return emailLinkToAccounts(ctx, email, 'password_reset', 'portal_password_reset');
}

export function passwordRule(password: string, field = 'password') {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('validation_failed', problem, [{ in: 'body', field, message: problem }]);
}

export async function resetResidentPassword(ctx: AppContext, input: { token: string; password: string }, client: SessionClient): Promise<OpenedSession> {
  passwordRule(input.password);
  const now = ctx.clock.now();
  let token;
  try {
    token = await usableLink(ctx.db, input.token, 'password_reset', now);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') throw new DomainError('link_expired', 'This link was already used: ask for a new one.');
    throw error;
  }
  const account = token.accountId ? await findAccount(ctx.db, token.organizationId, token.accountId) : undefined;
  if (!account || account.deactivatedAt) throw new DomainError('link_revoked', 'This link does not open the portal any more: contact the agency.');
  await requireCurrentRelation(ctx, account.organizationId, account.personId);
  const passwordHash = await hashPassword(input.password);
  const updated = await ctx.db.transaction(async (tx) => {
    if (!(await markTokenUsed(tx, token.id, now))) throw new DomainError('link_expired', 'This link was already used: ask for a new one.');
    await revokePersonTokens(tx, account.organizationId, account.personId, now, ['password_reset', 'sign_in']);
    await revokePersonPortalSessions(tx, account.personId, now);
    return updateAccount(tx, account.id, { passwordHash, updatedAt: now });
  });
  return openPortalSession(ctx, updated, client);
}
