// Turns a session cookie or a Bearer token into an Actor, or nothing.
import type { AppContext } from '../context.ts';
import { isRole } from '../domain/roles.ts';
import { findLiveSession, touchSession, findLiveApiToken, touchApiToken } from '../db/repositories/sessions.ts';
import { hashSecret } from './secrets.ts';
import { sessionExpiry } from './session-expiry.ts';
import type { Actor } from './actor.ts';

// Writing last-seen on every request would cost a write per read; once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

/** The actor behind a session cookie, sliding its idle expiry; undefined when it is not live. */
export async function actorFromSession(ctx: AppContext, token: string): Promise<Actor | undefined> {
  const now = ctx.clock.now();
  const found = await findLiveSession(ctx.db, hashSecret(token), now);
  if (!found || !found.user.active) return undefined;
  const { session, user } = found;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(ctx.db, session.id, now, sessionExpiry(ctx.config, session.createdAt, now));
  }
  return { userId: user.id, organizationId: user.organizationId, roles: user.roles.filter(isRole), via: 'session', sessionId: session.id };
}

/** The actor behind an API token; undefined when unknown, expired or revoked. */
export async function actorFromApiToken(ctx: AppContext, token: string): Promise<Actor | undefined> {
  const now = ctx.clock.now();
  const found = await findLiveApiToken(ctx.db, hashSecret(token), now);
  if (!found || !found.user.active) return undefined;
  const { lastUsedAt } = found.token;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > TOUCH_EVERY_MS) await touchApiToken(ctx.db, found.token.id, now);
  return { userId: found.user.id, organizationId: found.user.organizationId, roles: found.user.roles.filter(isRole), via: 'token' };
}
