// Staff invite residents: one person, or everyone of a property not yet active (or, with
// `remind`, re-send to those invited who have not joined).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { currentResidents, findPerson, findProperty, latestInvitations } from '../db/repositories/portal-accounts.ts';
import { sendInvitation, sendInvitationReminder } from './send-invitation.ts';
import { portalStateOf } from './portal-state.ts';
import { agencyToday } from './resident-access.ts';

export async function invitePerson(ctx: AppContext, actor: Actor, personId: string): Promise<{ state: 'invited'; expiresAt: string }> {
  const person = await findPerson(ctx.db, actor.organizationId, personId);
  if (!person) throw notFound('Person');
  const { expiresAt } = await ctx.db.transaction((tx) => sendInvitation({ ...ctx, db: tx }, person, actor.userId));
  return { state: 'invited', expiresAt: expiresAt.toISOString() };
}

export async function inviteProperty(ctx: AppContext, actor: Actor, propertyId: string, remind: boolean) {
  const property = await findProperty(ctx.db, actor.organizationId, propertyId);
  if (!property) throw notFound('Property');
  const residents = (await currentResidents(ctx.db, actor.organizationId, await agencyToday(ctx, actor.organizationId), propertyId)).map((r) => r.person);
  const invitations = await latestInvitations(ctx.db, actor.organizationId, residents.map((p) => p.id));
  const now = ctx.clock.now();
  let invited = 0;
  const skipped: { personId: string; reason: string }[] = [];
  for (const person of residents) {
    const invitation = invitations.get(person.id);
    const state = portalStateOf(person, invitation, now);
    if (remind) {
      if (state !== 'invited') {
        skipped.push({ personId: person.id, reason: state === 'active' || state === 'deactivated' ? state : 'not_invited' });
        continue;
      }
      if (await ctx.db.transaction((tx) => sendInvitationReminder({ ...ctx, db: tx }, person, invitation!))) invited++;
      else skipped.push({ personId: person.id, reason: 'not_invited' });
      continue;
    }
    if (state === 'active' || state === 'deactivated') {
      skipped.push({ personId: person.id, reason: state });
      continue;
    }
    if (state === 'invited') {
      skipped.push({ personId: person.id, reason: 'already_invited' });
      continue;
    }
    try {
      await ctx.db.transaction((tx) => sendInvitation({ ...ctx, db: tx }, person, actor.userId));
      invited++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      skipped.push({ personId: person.id, reason: error.code });
    }
  }
  return { invited, skipped };
}
