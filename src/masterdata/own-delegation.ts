// What the user's own "Absent — déléguer à…" dialog and the list read: their delegation (to
// whom, until when, in force or not), the colleagues they may delegate to, and the colleagues
// they stand in for now.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DELEGATE_ROLES, delegationInForce } from '../domain/delegation.ts';
import { activeColleagues, delegatorsOf, findUser } from '../db/repositories/users.ts';

/** The signed-in user's delegation, both ways. */
export async function ownDelegation(ctx: AppContext, actor: Actor) {
  const now = ctx.clock.now();
  const [me, colleagues, delegators] = await Promise.all([
    findUser(ctx.db, actor.organizationId, actor.userId),
    activeColleagues(ctx.db, actor.organizationId, actor.userId),
    delegatorsOf(ctx.db, actor.organizationId, actor.userId, now),
  ]);
  const delegate = me?.delegateUserId ? await findUser(ctx.db, actor.organizationId, me.delegateUserId) : undefined;
  return {
    delegate: delegate ? { id: delegate.id, name: delegate.name } : null,
    until: me?.delegateUntil?.toISOString() ?? null,
    inForce: !!me && delegationInForce(me, now),
    candidates: colleagues.filter((c) => c.roles.some((role) => DELEGATE_ROLES.includes(role))).map((c) => ({ id: c.id, name: c.name })),
    standingInFor: delegators.map((d) => ({ id: d.id, name: d.name, until: d.delegateUntil?.toISOString() ?? null })),
  };
}
