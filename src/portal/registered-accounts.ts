// The accounts an emailed link may be sent to: registered (the person's portal status is active),
// not deactivated, and whose person still holds a place.
import type { AppContext } from '../context.ts';
import { accountsByEmail, findPerson, type PersonRow, type PortalAccountRow } from '../db/repositories/portal-accounts.ts';
import { hasCurrentRelation } from './resident-access.ts';

export async function registeredAccountsWithEmail(ctx: AppContext, email: string): Promise<{ account: PortalAccountRow; person: PersonRow }[]> {
  const found: { account: PortalAccountRow; person: PersonRow }[] = [];
  for (const account of await accountsByEmail(ctx.db, email)) {
    if (account.deactivatedAt) continue;
    const person = await findPerson(ctx.db, account.organizationId, account.personId);
    if (!person || person.portalStatus !== 'active') continue;
    if (!(await hasCurrentRelation(ctx, account.organizationId, person.id))) continue;
    found.push({ account, person });
  }
  return found;
}
