// SQL of notifications on a PostgreSQL channel: live updates across processes, and the wake-up
// of delivery workers.
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';

/** Sends each payload on `channel` (PostgreSQL NOTIFY), all in one statement. */
export async function notifyEach(db: Db, channel: string, payloads: string[]): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, n) from jsonb_array_elements_text(${JSON.stringify(payloads)}::jsonb) as n`);
}
