// Use cases of staff users: list, read, create, update (roles, delegation), revoke sessions.
// Roles change only as the rules of src/domain/roles.ts allow (no one raises their own rights).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { listUsers as listUserRows, findUser, insertUser, updateUser as updateUserRow, findUserByEmail } from '../db/repositories/users.ts';
import { revokeUserApiTokens, revokeUserSessions } from '../db/repositories/sessions.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import type { UserInputT, NewUserT } from './user-input.ts';
import { roleChangeProblem } from '../domain/roles.ts';
import { assertReference } from './references.ts';

async function prepare(ctx: AppContext, organizationId: string, input: Partial<NewUserT>, selfId?: string) {
  const { password, delegateUntil, ...fields } = input;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw new DomainError('validation_failed', problem, [{ in: 'body', field: 'password', message: problem }]);
  }
  if (input.delegateUserId && input.delegateUserId === selfId) {
    throw new DomainError('unknown_reference', 'A user cannot delegate to themselves.', { field: 'delegateUserId' });
  }
  await assertReference(ctx.db, organizationId, 'user', input.delegateUserId, 'delegateUserId');
  if (input.email) {
    const existing = await findUserByEmail(ctx.db, input.email);
    if (existing && existing.id !== selfId) throw new DomainError('email_taken', 'Another user already signs in with this email.', { field: 'email' });
  }
  return {
    ...fields,
    ...(delegateUntil !== undefined ? { delegateUntil: delegateUntil ? new Date(delegateUntil) : null } : {}),
    ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}),
  };
}

/** A page of the agency's users, by name. */
export function listUsers(ctx: AppContext, actor: Actor, limit: number, cursor?: string) {
  return listUserRows(ctx.db, actor.organizationId, limit, cursor);
}

/** One user of the agency. */
export async function getUser(ctx: AppContext, actor: Actor, id: string) {
  return (await findUser(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('User'));
}

/** Refuses a change of roles that the rules of user administration forbid (403 forbidden). */
function assertRoleChange(actor: Actor, targetId: string | undefined, before: readonly string[], after: readonly string[]) {
  const problem = roleChangeProblem({ actorId: actor.userId, actorRoles: actor.roles, targetId, before, after });
  if (problem) throw new DomainError('forbidden', problem.message, { field: 'roles', rule: problem.code });
}

/** An administrator adds a staff user, with roles they hold themselves; no password (a reset link sets it). */
export async function createUserAs(ctx: AppContext, actor: Actor, input: UserInputT) {
  assertRoleChange(actor, undefined, [], input.roles);
  return createUser(ctx, actor.organizationId, input);
}

/** Adds a staff user (with a password, or without one until it is set): trusted callers (CLI, import, demo). */
export async function createUser(ctx: AppContext, organizationId: string, input: NewUserT) {
  const values = await prepare(ctx, organizationId, input);
  return insertUser(ctx.db, { ...values, email: input.email, name: input.name, roles: input.roles, organizationId });
}

/** Changes a user; a deactivation ends their open sessions and revokes their API tokens. */
export async function updateUser(ctx: AppContext, actor: Actor, id: string, patch: Partial<UserInputT>) {
  if (patch.roles) assertRoleChange(actor, id, (await getUser(ctx, actor, id)).roles, patch.roles);
  const values = await prepare(ctx, actor.organizationId, patch, id);
  const updated = await updateUserRow(ctx.db, actor.organizationId, id, values);
  if (!updated) throw notFound('User');
  if (patch.active === false) {
    await revokeUserSessions(ctx.db, id, ctx.clock.now());
    await revokeUserApiTokens(ctx.db, id, ctx.clock.now());
  }
  return updated;
}

/** Signs a user out everywhere. */
export async function revokeSessionsOfUser(ctx: AppContext, actor: Actor, id: string) {
  await getUser(ctx, actor, id);
  return { revoked: await revokeUserSessions(ctx.db, id, ctx.clock.now()) };
}

/** A staff member sets their own delegation while absent: a colleague until a date, or until
 * they are back (no date); a null delegate ends it. */
export async function setOwnDelegation(ctx: AppContext, actor: Actor, input: { delegateUserId: string | null; delegateUntil: string | null }) {
  if (input.delegateUserId === null && input.delegateUntil !== null) {
    throw new DomainError('validation_failed', 'A delegation\'s end goes with a delegate.', [{ field: 'delegateUntil', message: 'goes with delegateUserId' }]);
  }
  if (input.delegateUntil && new Date(input.delegateUntil) <= ctx.clock.now()) {
    throw new DomainError('validation_failed', 'The end of the absence is in the past.', [{ field: 'delegateUntil', message: 'is in the past' }]);
  }
  if (input.delegateUserId) {
    const delegate = await findUser(ctx.db, actor.organizationId, input.delegateUserId);
    if (delegate && !delegate.active) throw new DomainError('unknown_reference', 'The delegate is no longer active.', { field: 'delegateUserId' });
  }
  const values = await prepare(ctx, actor.organizationId, { delegateUserId: input.delegateUserId, delegateUntil: input.delegateUntil }, actor.userId);
  return (await updateUserRow(ctx.db, actor.organizationId, actor.userId, values))!;
}
