// Turns the portal's cookie into a Resident, or nothing; sliding its idle expiry as staff
// sessions do (the same SESSION_IDLE_MINUTES and SESSION_MAX_HOURS).
import type { AppContext } from '../context.ts';
import { hashSecret } from '../auth/secrets.ts';
import { sessionExpiry } from '../auth/session-expiry.ts';
import { findLivePortalSession, touchPortalSession } from '../db/repositories/portal-sessions.ts';
import type { Resident } from '../auth/resident.ts';

const TOUCH_EVERY_MS = 60_000;

/** The resident behind a portal session cookie; undefined when it is not live or the account was deactivated. */
export async function residentFromSession(ctx: AppContext, token: string): Promise<Resident | undefined> {
  const now = ctx.clock.now();
  const found = await findLivePortalSession(ctx.db, hashSecret(token), now);
  if (!found) return undefined;
  const { session, account } = found;
  if (session.previewByUserId === null && (!account || account.deactivatedAt)) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchPortalSession(ctx.db, session.id, now, sessionExpiry(ctx.config, session.createdAt, now));
  }
  return { organizationId: session.organizationId, personId: session.personId, accountId: session.accountId, sessionId: session.id, previewByUserId: session.previewByUserId };
}
