// SQL that changes an organization.
import { eq } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { organizations } from '../schema/index.ts';

export type OrganizationRow = typeof organizations.$inferSelect;

/** Stores an organization's settings (and its name when given). */
export async function updateOrganizationSettings(db: Db, id: string, settings: Record<string, unknown>, name?: string): Promise<void> {
  await db.update(organizations).set({ settings, ...(name ? { name } : {}) }).where(eq(organizations.id, id));
}
