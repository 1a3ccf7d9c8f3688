// Invites one person to the portal: they need a place held today and an email. Their account is
// opened without a password (the first email of the person signs in), any earlier invitation link
// stops working, and the `portal_invitation` email goes with a link valid 14 days. Reminders
// (by staff or the automation pass) re-send the invitation still open.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { PORTAL_TOKEN_LIFETIME_MINUTES } from '../domain/portal/portal-codes.ts';
import { newSecret, hashSecret } from '../auth/secrets.ts';
import {
  accountOfPerson, accountWithEmail, countReminder, insertAccount, insertPortalToken, revokePersonTokens, setPortalStatus,
  type PersonRow, type PortalTokenRow,
} from '../db/repositories/portal-accounts.ts';
import { queuePortalEmail } from './portal-emails.ts';
import { hasCurrentRelation } from './resident-access.ts';

/** Sends an invitation (ctx.db may be a transaction); throws the reason it cannot go. */
export async function sendInvitation(ctx: AppContext, person: PersonRow, createdById: string | null): Promise<{ expiresAt: Date }> {
  if (person.portalStatus === 'deactivated') throw new DomainError('action_not_available', 'This person\'s portal access is deactivated: reactivate it first.');
  if (person.portalStatus === 'active') throw new DomainError('action_not_available', 'This person already has access to the portal.');
  if (!(await hasCurrentRelation(ctx, person.organizationId, person.id))) {
    throw new DomainError('no_current_relation', 'This person holds no unit or co-ownership today: relate them to one first.');
  }
  const now = ctx.clock.now();
  let account = await accountOfPerson(ctx.db, person.organizationId, person.id);
  const email = account?.email ?? person.emails[0];
  if (!email) throw new DomainError('no_email', 'This person has no email: add one to invite them, or print a letter with a code.');
  if (!account) {
    const holder = await accountWithEmail(ctx.db, person.organizationId, email);
    if (holder) throw new DomainError('email_taken', 'Another person\'s portal access already uses this email.');
    account = await insertAccount(ctx.db, { organizationId: person.organizationId, personId: person.id, email, language: person.language, createdAt: now, updatedAt: now });
  }
  await revokePersonTokens(ctx.db, person.organizationId, person.id, now, ['invitation']);
  const expiresAt = new Date(now.getTime() + PORTAL_TOKEN_LIFETIME_MINUTES.invitation! * 60_000);
  const token = await insertPortalToken(ctx.db, {
    organizationId: person.organizationId, purpose: 'invitation', secretHash: hashSecret(newSecret()), personId: person.id, accountId: account.id,
    expiresAt, createdById, createdAt: now,
  });
  await setPortalStatus(ctx.db, person.id, 'invited', now);
  await queuePortalEmail(ctx, {
    organizationId: person.organizationId, template: 'portal_invitation', language: account.language, recipientName: person.name, email: account.email,
    tokenId: token.id, personId: person.id,
  });
  return { expiresAt };
}

/** Re-sends an open invitation as a reminder (counted on it). */
export async function sendInvitationReminder(ctx: AppContext, person: PersonRow, invitation: PortalTokenRow): Promise<boolean> {
  const account = await accountOfPerson(ctx.db, person.organizationId, person.id);
  const now = ctx.clock.now();
  await countReminder(ctx.db, invitation.id, now);
  if (!account || account.deactivatedAt || person.portalStatus !== 'invited') return false;
  if (!(await hasCurrentRelation(ctx, person.organizationId, person.id))) return false;
  await queuePortalEmail(ctx, {
    organizationId: person.organizationId, template: 'portal_invitation_reminder', language: account.language, recipientName: person.name, email: account.email,
    tokenId: invitation.id, personId: person.id, reminderCount: invitation.remindersSent + 1,
  });
  return true;
}
