// A resident signed in to the portal, made directly in the database (an account and a live
// session for a person of the demo agency): the Cookie header of the portal's own cookie. A
// session lives SESSION_MAX_HOURS from its creation: after moving the clock by days, make another.
import { randomUUID } from 'node:crypto';
import { newSecret, hashSecret } from '../../src/auth/secrets.ts';
import { eq } from 'drizzle-orm';
import { persons, portalAccounts, portalSessions } from '../../src/db/schema/index.ts';
import { PORTAL_COOKIE } from '../../src/auth/resident.ts';
import type { ResidentPreferences } from '../../src/domain/portal/portal-codes.ts';
import type { TestApp } from './test-app.ts';

export async function residentCookie(
  t: TestApp,
  person: { id: string },
  options: { email: string; language?: 'fr' | 'en'; preferences?: ResidentPreferences },
): Promise<string> {
  const now = t.clock.now();
  const [row] = await t.ctx.db.select({ organizationId: persons.organizationId }).from(persons).where(eq(persons.id, person.id));
  const organizationId = row!.organizationId;
  const [account] = await t.ctx.db.insert(portalAccounts).values({
    organizationId, personId: person.id, email: options.email, language: options.language ?? 'fr', preferences: options.preferences ?? {},
    createdAt: now, updatedAt: now,
  }).onConflictDoUpdate({ target: portalAccounts.personId, set: { language: options.language ?? 'fr', preferences: options.preferences ?? {} } }).returning();
  const token = newSecret();
  await t.ctx.db.insert(portalSessions).values({
    id: randomUUID(), tokenHash: hashSecret(token), organizationId, accountId: account!.id, personId: person.id,
    createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3_600_000 * 24 * 365),
  });
  return `${PORTAL_COOKIE}=${token}`;
}
