// The automation's sweep: dispatches whose next reminder or next request is due, by the schedule
// each change writes on them (src/domain/automation/schedule.ts); no rule lives here. Rows locked
// by someone else are skipped, never waited for, so two workers never take the same dispatch and
// never deadlock with a manager's action (which locks the ticket first, as this does).
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';

export type Sweep = 'reminders' | 'requests';

export interface DueDispatch {
  dispatchId: string;
  ticketId: string;
  organizationId: string;
}

const COLUMN = { reminders: sql.raw('next_reminder_at'), requests: sql.raw('next_request_at') } as const;

/** Locks up to `limit` dispatches whose schedule of this sweep is due, with their tickets. */
export async function lockDueDispatches(db: Db, sweep: Sweep, now: Date, limit: number): Promise<DueDispatch[]> {
  const column = COLUMN[sweep];
  const result = await db.execute(sql`
    select d.id as "dispatchId", d.ticket_id as "ticketId", d.organization_id as "organizationId"
    from dispatches d join tickets t on t.id = d.ticket_id
    where d.${column} <= ${now.toISOString()}::timestamptz
    order by d.${column}
    limit ${limit}
    for update of d, t skip locked`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as DueDispatch[];
}
