// SQL of the demo's outbox: the messages its tickets called for while it was being loaded.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { outboxMessages } from '../schema/index.ts';

/** The demo's messages written while loading it are recorded as sent at the time of their change
 * (the story the demo tells) and marked `meta.demo`; none ever reaches a transport. Returns how many. */
export async function markDemoMessagesSent(db: Db, organizationId: string): Promise<number> {
  const rows = await db
    .update(outboxMessages)
    .set({ state: 'sent', sentAt: sql`${outboxMessages.createdAt}`, meta: sql`${outboxMessages.meta} || '{"demo":true}'::jsonb` })
    .where(and(eq(outboxMessages.organizationId, organizationId), inArray(outboxMessages.state, ['held', 'queued'])))
    .returning({ id: outboxMessages.id });
  return rows.length;
}
