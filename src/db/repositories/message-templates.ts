// SQL of an agency's edited message templates (message_templates): one row per key, channel and
// language that the agency changed; no row means the shipped default is in force.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { messageTemplates } from '../schema/index.ts';

export type TemplateOverrideRow = typeof messageTemplates.$inferSelect;

/** Which template: its key, channel and language. */
export interface TemplateAddress {
  key: string;
  channel: string;
  language: string;
}

const where = (organizationId: string, at: TemplateAddress) =>
  and(
    eq(messageTemplates.organizationId, organizationId),
    eq(messageTemplates.key, at.key),
    eq(messageTemplates.channel, at.channel),
    eq(messageTemplates.language, at.language),
  );

/** The agency's version of one template, if it edited it. */
export async function findTemplateOverride(db: Db, organizationId: string, at: TemplateAddress): Promise<TemplateOverrideRow | undefined> {
  const [row] = await db.select().from(messageTemplates).where(where(organizationId, at)).limit(1);
  return row;
}

/** Stores the agency's version (insert, or replace the one it had). */
export async function saveTemplateOverride(
  db: Db,
  organizationId: string,
  at: TemplateAddress,
  source: { subject: string | null; body: string },
  now: Date,
): Promise<TemplateOverrideRow> {
  const [row] = await db
    .insert(messageTemplates)
    .values({ organizationId, key: at.key, channel: at.channel, language: at.language, subject: source.subject, body: source.body, updatedAt: now })
    .onConflictDoUpdate({
      target: [messageTemplates.organizationId, messageTemplates.key, messageTemplates.channel, messageTemplates.language],
      set: { subject: source.subject, body: source.body, updatedAt: now },
    })
    .returning();
  return row!;
}

/** Removes the agency's version (back to the default); whether there was one. */
export async function deleteTemplateOverride(db: Db, organizationId: string, at: TemplateAddress): Promise<boolean> {
  const rows = await db.delete(messageTemplates).where(where(organizationId, at)).returning({ id: messageTemplates.id });
  return rows.length > 0;
}

/** Every template the agency edited. */
export function listTemplateOverrides(db: Db, organizationId: string): Promise<TemplateOverrideRow[]> {
  return db
    .select()
    .from(messageTemplates)
    .where(eq(messageTemplates.organizationId, organizationId))
    .orderBy(asc(messageTemplates.key), asc(messageTemplates.channel), asc(messageTemplates.language));
}
