// Signs a resident in with email and password. The same email may open accounts at several
// agencies: the password picks the account. Wrong, unknown or deactivated: the same answer.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { accountsByEmail, type PortalAccountRow } from '../db/repositories/portal-accounts.ts';
import { openPortalSession, type OpenedSession, type SessionClient } from './open-portal-session.ts';
import { requireCurrentRelation } from './resident-access.ts';

export async function signInResident(ctx: AppContext, input: { email: string; password: string }, client: SessionClient): Promise<OpenedSession> {
  const candidates = (await accountsByEmail(ctx.db, input.email)).filter((a) => !a.deactivatedAt && a.passwordHash);
  let matched: PortalAccountRow | undefined;
  if (candidates.length === 0) await verifyPassword(undefined, input.password);
  for (const account of candidates) {
    if (await verifyPassword(account.passwordHash, input.password)) {
      matched = account;
      break;
    }
  }
  if (!matched) throw new DomainError('invalid_credentials', 'Email or password is not right.');
  await requireCurrentRelation(ctx, matched.organizationId, matched.personId);
  return openPortalSession(ctx, matched, client);
}
