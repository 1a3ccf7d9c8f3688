// A link asked from the portal's sign-in page (a one-time sign-in, a password reset): a fresh
// secret for each registered account with that email, emailed through the outbox. The caller
// answers the same whether any account matched.
import type { AppContext } from '../context.ts';
import { PORTAL_TOKEN_LIFETIME_MINUTES } from '../domain/portal/portal-codes.ts';
import { newSecret, hashSecret } from '../auth/secrets.ts';
import { insertPortalToken } from '../db/repositories/portal-accounts.ts';
import { queuePortalEmail } from './portal-emails.ts';
import { registeredAccountsWithEmail } from './registered-accounts.ts';

/** Queues the link to every registered account with this email; returns how many (for the log only). */
export async function emailLinkToAccounts(ctx: AppContext, email: string, purpose: 'sign_in' | 'password_reset', template: 'portal_sign_in_link' | 'portal_password_reset'): Promise<number> {
  const accounts = await registeredAccountsWithEmail(ctx, email);
  const now = ctx.clock.now();
  for (const { account, person } of accounts) {
    const token = await insertPortalToken(ctx.db, {
      organizationId: account.organizationId, purpose, secretHash: hashSecret(newSecret()), personId: person.id, accountId: account.id,
      expiresAt: new Date(now.getTime() + PORTAL_TOKEN_LIFETIME_MINUTES[purpose]! * 60_000), createdAt: now,
    });
    await queuePortalEmail(ctx, {
      organizationId: account.organizationId, template, language: account.language, recipientName: person.name,
      email: account.email, tokenId: token.id, personId: person.id,
    });
  }
  return accounts.length;
}
