// A resident signed in to the portal without the sign-in routes, made directly in the database:
// a portal_accounts row and a live portal_sessions row whose token's hash is stored; the answer is
// the Cookie header to send (`gardien_portal=<token>`).
// - portalSession: reuses the person's account (or makes one with their first email); a session
//   of 8 hours; `preview` makes it a staff member's read-only preview instead.
// - residentCookie: the account with this email, language and preferences (made or updated); a
//   session of a year, for tests that move the clock by days.
import { eq } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';
import { newSecret, hashSecret } from '../../src/auth/secrets.ts';
import { PORTAL_COOKIE } from '../../src/auth/resident.ts';
import { persons, portalAccounts } from '../../src/db/schema/index.ts';
import { insertPortalSession } from '../../src/db/repositories/portal-sessions.ts';
import type { ResidentPreferences } from '../../src/domain/portal/portal-codes.ts';

const HOUR = 3_600_000;

async function personOf(t: TestApp, personId: string) {
  const [person] = await t.ctx.db.select().from(persons).where(eq(persons.id, personId));
  if (!person) throw new Error(`no person ${personId}`);
  return person;
}

/** A live session of `personId` (and `accountId`, none for a preview) lasting `hours`. */
async function sessionCookie(t: TestApp, session: { organizationId: string; personId: string; accountId: string | null; previewByUserId?: string; hours: number }): Promise<string> {
  const now = t.ctx.clock.now();
  const token = newSecret();
  await insertPortalSession(t.ctx.db, {
    tokenHash: hashSecret(token), organizationId: session.organizationId, accountId: session.accountId, personId: session.personId,
    previewByUserId: session.previewByUserId ?? null, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + session.hours * HOUR),
  });
  return `${PORTAL_COOKIE}=${token}`;
}

export async function portalSession(t: TestApp, personId: string, options: { preview?: { userId: string } } = {}): Promise<string> {
  const now = t.ctx.clock.now();
  const person = await personOf(t, personId);
  let [account] = await t.ctx.db.select().from(portalAccounts).where(eq(portalAccounts.personId, personId));
  if (!account && !options.preview) {
    [account] = await t.ctx.db
      .insert(portalAccounts)
      .values({ organizationId: person.organizationId, personId, email: person.emails[0] ?? `${personId}@portal.test`, language: person.language, createdAt: now, updatedAt: now })
      .returning();
  }
  return sessionCookie(t, { organizationId: person.organizationId, personId, accountId: account?.id ?? null, previewByUserId: options.preview?.userId, hours: 8 });
}

export async function residentCookie(
  t: TestApp,
  person: { id: string },
  options: { email: string; language?: 'fr' | 'en'; preferences?: ResidentPreferences },
): Promise<string> {
  const now = t.ctx.clock.now();
  const { organizationId } = await personOf(t, person.id);
  const [account] = await t.ctx.db.insert(portalAccounts).values({
    organizationId, personId: person.id, email: options.email, language: options.language ?? 'fr', preferences: options.preferences ?? {},
    createdAt: now, updatedAt: now,
  }).onConflictDoUpdate({ target: portalAccounts.personId, set: { language: options.language ?? 'fr', preferences: options.preferences ?? {} } }).returning();
  return sessionCookie(t, { organizationId, personId: person.id, accountId: account!.id, hours: 24 * 365 });
}
