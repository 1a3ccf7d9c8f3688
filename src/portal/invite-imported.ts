// When the agency's setting inviteOnImport is on, the persons a CSV import created (or related to
// a place) who have an email, a place today and no portal access yet are invited, in the import's
// own transaction. Those who cannot be invited (no email, no place, the email used by another
// access) are left for staff, as an invitation by hand would tell them.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { findPerson } from '../db/repositories/portal-accounts.ts';
import { sendInvitation } from './send-invitation.ts';

/** `ctx.db` is the import's transaction. Returns how many were invited. */
export async function inviteImportedPersons(ctx: AppContext, organizationId: string, personIds: string[]): Promise<number> {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization || !settingsOf(organization.settings).inviteOnImport) return 0;
  let invited = 0;
  for (const id of personIds) {
    const person = await findPerson(ctx.db, organizationId, id);
    if (!person || person.portalStatus !== 'none' || person.emails.length === 0) continue;
    try {
      await sendInvitation(ctx, person, null);
      invited++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return invited;
}
