// The one-time sign-in link: asked with an email (the same answer whether it names an account or
// not), emailed to each registered account with that email, opened once within 20 minutes.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { findAccount, markTokenUsed } from '../db/repositories/portal-accounts.ts';
import { emailLinkToAccounts } from './email-link-to-accounts.ts';
import { usableLink } from './portal-secrets.ts';
import { openPortalSession, type OpenedSession, type SessionClient } from './open-portal-session.ts';
import { requireCurrentRelation } from './resident-access.ts';

/** Queues the link to every registered account with this email; returns how many (for the log only). */
export function requestSignInLink(ctx: AppContext, email: string): Promise<number> {
  return emailLinkToAccounts(ctx, email, 'sign_in', 'portal_sign_in_link');
}

const alreadyUsed = () => new DomainError('link_expired', 'This sign-in link was already used: ask for a new one.');

/** Signs in with the link's secret, once. */
export async function enterWithLink(ctx: AppContext, secret: string, client: SessionClient): Promise<OpenedSession> {
  const now = ctx.clock.now();
  let token;
  try {
    token = await usableLink(ctx.db, secret, 'sign_in', now);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') throw alreadyUsed();
    throw error;
  }
  const account = token.accountId ? await findAccount(ctx.db, token.organizationId, token.accountId) : undefined;
  if (!account || account.deactivatedAt) throw new DomainError('link_revoked', 'This link does not open the portal any more: contact the agency.');
  await requireCurrentRelation(ctx, account.organizationId, account.personId);
  if (!(await markTokenUsed(ctx.db, token.id, now))) throw alreadyUsed();
  return openPortalSession(ctx, account, client);
}
