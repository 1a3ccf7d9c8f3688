// SQL of the IMAP door: which agencies have a mailbox to read, and one key of an organization's
// settings written alone (so a poll's status never overwrites an admin's change of the others).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { organizations } from '../schema/index.ts';

/** The organizations whose inbound mailbox is enabled, with their settings. */
export async function organizationsReadingImap(db: Db): Promise<{ id: string; settings: Record<string, unknown> }[]> {
  return db
    .select({ id: organizations.id, settings: organizations.settings })
    .from(organizations)
    .where(sql`${organizations.settings} -> 'inboundImap' ->> 'enabled' = 'true'`);
}

/** Sets one key of the organization's settings JSON, leaving the others as they are. */
export async function setOrganizationSetting(db: Db, organizationId: string, key: string, value: unknown): Promise<void> {
  await db
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || jsonb_build_object(${key}::text, ${JSON.stringify(value)}::jsonb)` })
    .where(eq(organizations.id, organizationId));
}
