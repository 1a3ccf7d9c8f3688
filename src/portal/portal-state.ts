// A person's portal state as staff read it: the stored status, and "invited" or "expired" read
// from their latest invitation.
import type { PortalState } from '../domain/portal/portal-codes.ts';
import type { PersonRow, PortalTokenRow } from '../db/repositories/portal-accounts.ts';

export function invitationLive(invitation: PortalTokenRow | undefined, now: Date): boolean {
  return !!invitation && !invitation.usedAt && !invitation.revokedAt && !!invitation.expiresAt && invitation.expiresAt > now;
}

export function portalStateOf(person: Pick<PersonRow, 'portalStatus'>, invitation: PortalTokenRow | undefined, now: Date): PortalState {
  if (person.portalStatus === 'deactivated') return 'deactivated';
  if (person.portalStatus === 'active') return 'active';
  if (invitationLive(invitation, now)) return 'invited';
  if (person.portalStatus === 'invited' || invitation) return 'expired';
  return 'none';
}
