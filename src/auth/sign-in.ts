// Signs a staff user in: checks the password and opens a server-side session.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { isRole, type Role } from '../domain/roles.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { insertSession } from '../db/repositories/sessions.ts';
import { verifyPassword } from './passwords.ts';
import { newSecret, hashSecret } from './secrets.ts';
import { sessionExpiry } from './session-expiry.ts';

export interface SignInResult {
  sessionToken: string;
  userId: string;
  organizationId: string;
  roles: Role[];
}

/** Checks email and password; on success returns the secret to set as the session cookie. */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; userAgent?: string; ip?: string },
): Promise<SignInResult> {
  const user = await findUserByEmail(ctx.db, input.email.trim());
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok || !user.active) {
    throw new DomainError('invalid_credentials', 'Email or password is not right.');
  }
  const now = ctx.clock.now();
  const sessionToken = newSecret();
  await insertSession(ctx.db, {
    tokenHash: hashSecret(sessionToken),
    userId: user.id,
    organizationId: user.organizationId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(ctx.config, now, now),
    userAgent: input.userAgent?.slice(0, 300),
    ip: input.ip,
  });
  return { sessionToken, userId: user.id, organizationId: user.organizationId, roles: user.roles.filter(isRole) };
}
