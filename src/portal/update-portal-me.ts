// PATCH /portal/me: the resident's language, what they want to hear about, and their password
// (the current one first; the other sessions end).
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/master-data.ts';
import type { ResidentPreferences } from '../domain/portal/portal-codes.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { findAccount, updateAccount } from '../db/repositories/portal-accounts.ts';
import { revokeOtherPortalSessions } from '../db/repositories/portal-sessions.ts';
import { passwordRule } from './resident-password-reset.ts';

export interface PortalMePatch {
  language?: Language;
  preferences?: ResidentPreferences;
  password?: { current: string; next: string };
}

export async function updatePortalMe(ctx: AppContext, resident: Resident, patch: PortalMePatch): Promise<void> {
  const account = resident.accountId ? await findAccount(ctx.db, resident.organizationId, resident.accountId) : undefined;
  if (!account) throw new DomainError('unauthenticated', 'Sign in to the portal first.');
  const now = ctx.clock.now();
  const changes: Parameters<typeof updateAccount>[2] = { updatedAt: now };
  if (patch.language) changes.language = patch.language;
  if (patch.preferences) changes.preferences = { ...account.preferences, ...patch.preferences };
  if (patch.password) {
    if (!(await verifyPassword(account.passwordHash, patch.password.current))) {
      throw new DomainError('validation_failed', 'The current password is not right.', [{ in: 'body', field: 'password.current', message: 'is not right' }]);
    }
    passwordRule(patch.password.next, 'password.next');
    changes.passwordHash = await hashPassword(patch.password.next);
  }
  await updateAccount(ctx.db, account.id, changes);
  if (patch.password) await revokeOtherPortalSessions(ctx.db, resident.personId, resident.sessionId, now);
}
