// SQL of the health check.
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';

/** Runs the smallest query there is: resolves when the database answers. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
