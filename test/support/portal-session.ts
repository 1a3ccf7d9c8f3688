// A resident signed in to the portal without the sign-in routes: a portal_accounts row (reused
// when the person has one) and a live portal_sessions row whose token's hash is stored; the
// answer is the Cookie header to send (`gardien_portal=<token>`). `preview` makes it a staff
// member's read-only preview instead.
import { eq } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';
import { newSecret, hashSecret } from '../../src/auth/secrets.ts';
import { PORTAL_COOKIE } from '../../src/auth/resident.ts';
import { persons, portalAccounts } from '../../src/db/schema/index.ts';
import { insertPortalSession } from '../../src/db/repositories/portal-sessions.ts';

export async function portalSession(t: TestApp, personId: string, options: { preview?: { userId: string } } = {}): Promise<string> {
  const db = t.ctx.db;
  const now = t.ctx.clock.now();
  const [person] = await db.select().from(persons).where(eq(persons.id, personId));
  if (!person) throw new Error(`no person ${personId}`);
  let [account] = await db.select().from(portalAccounts).where(eq(portalAccounts.personId, personId));
  if (!account && !options.preview) {
    [account] = await db
      .insert(portalAccounts)
      .values({ organizationId: person.organizationId, personId, email: person.emails[0] ?? `${personId}@portal.test`, language: person.language, createdAt: now, updatedAt: now })
      .returning();
  }
  const token = newSecret();
  await insertPortalSession(db, {
    tokenHash: hashSecret(token), organizationId: person.organizationId, accountId: account?.id ?? null, personId,
    previewByUserId: options.preview?.userId ?? null, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 8 * 3_600_000),
  });
  return `${PORTAL_COOKIE}=${token}`;
}
