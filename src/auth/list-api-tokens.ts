// Lists a user's API tokens: what they are called and when they were made, expire, were last
// used or revoked. Never the secret nor its hash; the prefix (its first characters) helps tell them apart.
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import { listUserApiTokens } from '../db/repositories/sessions.ts';
import { getUser } from '../masterdata/users.ts';

/** The tokens of `userId` in the actor's agency (the route decides who may ask for whom). */
export async function listApiTokens(ctx: AppContext, actor: Actor, userId: string) {
  if (userId !== actor.userId) await getUser(ctx, actor, userId);
  return listUserApiTokens(ctx.db, actor.organizationId, userId);
}
