// Opens a resident's portal session (a server-side row; only the cookie's hash is stored), with
// the same idle and maximum lifetimes as staff sessions, and notes the sign-in on the account.
import type { AppContext } from '../context.ts';
import { newSecret, hashSecret } from '../auth/secrets.ts';
import { sessionExpiry } from '../auth/session-expiry.ts';
import { insertPortalSession } from '../db/repositories/portal-sessions.ts';
import { updateAccount, type PortalAccountRow } from '../db/repositories/portal-accounts.ts';

export interface OpenedSession {
  sessionToken: string;
  organizationId: string;
  personId: string;
  accountId: string | null;
  preview: boolean;
}

export interface SessionClient {
  userAgent?: string;
  ip?: string;
}

/** A resident's own session. */
export async function openPortalSession(ctx: AppContext, account: PortalAccountRow, client: SessionClient): Promise<OpenedSession> {
  const now = ctx.clock.now();
  const sessionToken = newSecret();
  await insertPortalSession(ctx.db, {
    tokenHash: hashSecret(sessionToken), organizationId: account.organizationId, accountId: account.id, personId: account.personId,
    createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(ctx.config, now, now), userAgent: client.userAgent?.slice(0, 300), ip: client.ip,
  });
  await updateAccount(ctx.db, account.id, { lastSignInAt: now });
  return { sessionToken, organizationId: account.organizationId, personId: account.personId, accountId: account.id, preview: false };
}

/** A staff member's read-only preview of the portal as a person (with their account, if any). */
export async function openPreviewSession(
  ctx: AppContext, input: { organizationId: string; personId: string; accountId: string | null; userId: string }, client: SessionClient,
): Promise<OpenedSession> {
  const now = ctx.clock.now();
  const sessionToken = newSecret();
  await insertPortalSession(ctx.db, {
    tokenHash: hashSecret(sessionToken), organizationId: input.organizationId, accountId: input.accountId, personId: input.personId,
    previewByUserId: input.userId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(ctx.config, now, now),
    userAgent: client.userAgent?.slice(0, 300), ip: client.ip,
  });
  return { sessionToken, organizationId: input.organizationId, personId: input.personId, accountId: input.accountId, preview: true };
}
