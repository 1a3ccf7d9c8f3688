// Staff close or reopen a person's portal access. Closing ends their sessions at once and voids
// their open links; reopening gives back the access they had (an account with a password is
// active again; otherwise they are to be invited anew).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { PortalStatus } from '../domain/master-data.ts';
import { accountOfPerson, findPerson, revokePersonTokens, setPortalStatus, updateAccount } from '../db/repositories/portal-accounts.ts';
import { revokePersonPortalSessions } from '../db/repositories/portal-sessions.ts';

export async function deactivatePortal(ctx: AppContext, actor: Actor, personId: string): Promise<{ state: PortalStatus; sessionsEnded: number }> {
  const person = await findPerson(ctx.db, actor.organizationId, personId);
  if (!person) throw notFound('Person');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const account = await accountOfPerson(tx, actor.organizationId, personId);
    if (account && !account.deactivatedAt) await updateAccount(tx, account.id, { deactivatedAt: now, updatedAt: now });
    await setPortalStatus(tx, personId, 'deactivated', now);
    await revokePersonTokens(tx, actor.organizationId, personId, now, ['invitation', 'sign_in', 'password_reset']);
    const sessionsEnded = await revokePersonPortalSessions(tx, personId, now);
    return { state: 'deactivated' as const, sessionsEnded };
  });
}

export async function reactivatePortal(ctx: AppContext, actor: Actor, personId: string): Promise<{ state: PortalStatus }> {
  const person = await findPerson(ctx.db, actor.organizationId, personId);
  if (!person) throw notFound('Person');
  if (person.portalStatus !== 'deactivated') throw new DomainError('action_not_available', 'This person\'s portal access is not deactivated.');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const account = await accountOfPerson(tx, actor.organizationId, personId);
    if (account) await updateAccount(tx, account.id, { deactivatedAt: null, updatedAt: now });
    const state: PortalStatus = account?.passwordHash ? 'active' : 'none';
    await setPortalStatus(tx, personId, state, now);
    return { state };
  });
}
