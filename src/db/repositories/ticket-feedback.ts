// SQL of a ticket's resolution and its requester's feedback: the feedback row (one per ticket),
// whether feedback was asked before, and the auto close's sweep (resolved tickets whose
// auto_close_at passed, locked with SKIP LOCKED like the automation's other sweeps).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { portalAccounts, ticketEvents, ticketFeedback } from '../schema/index.ts';

export type FeedbackRow = typeof ticketFeedback.$inferSelect;

/** The feedback given on a ticket, if any. */
export async function feedbackOfTicket(db: Db, ticketId: string): Promise<FeedbackRow | undefined> {
  const [row] = await db.select().from(ticketFeedback).where(eq(ticketFeedback.ticketId, ticketId)).limit(1);
  return row;
}

/** The tickets among `ticketIds` that have feedback. */
export async function ticketsWithFeedback(db: Db, ticketIds: readonly string[]): Promise<Set<string>> {
  if (ticketIds.length === 0) return new Set();
  const rows = await db.select({ ticketId: ticketFeedback.ticketId }).from(ticketFeedback).where(inArray(ticketFeedback.ticketId, [...ticketIds]));
  return new Set(rows.map((r) => r.ticketId));
}

/** Stores the feedback; undefined when the ticket has one already (the unique key holds). */
export async function insertFeedback(db: Db, row: typeof ticketFeedback.$inferInsert): Promise<FeedbackRow | undefined> {
  const [created] = await db.insert(ticketFeedback).values(row).onConflictDoNothing({ target: ticketFeedback.ticketId }).returning();
  return created;
}

/** Whether the requester was already asked for feedback on this ticket (asked once). */
export async function feedbackAskedBefore(db: Db, ticketId: string): Promise<boolean> {
  const [row] = await db.select({ id: ticketEvents.id }).from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.type, 'feedback_requested'))).limit(1);
  return row !== undefined;
}

export interface DueAutoClose {
  ticketId: string;
  organizationId: string;
}

/** Locks up to `limit` open tickets whose auto close is due; rows another worker holds are skipped. */
export async function lockDueAutoCloses(db: Db, now: Date, limit: number): Promise<DueAutoClose[]> {
  const result = await db.execute(sql`
    select t.id as "ticketId", t.organization_id as "organizationId"
    from tickets t
    where t.auto_close_at is not null and t.auto_close_at <= ${now.toISOString()}::timestamptz and t.closed_at is null
      -- An incident with open reports waits for the manager, whose close closes them with it.
      and not exists (select 1 from tickets r where r.incident_id = t.id and r.closed_at is null)
    order by t.auto_close_at
    limit ${limit}
    for update of t skip locked`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as DueAutoClose[];
}

/** The live portal accounts of these persons (language and preferences for their messages). */
export async function portalAccountsOfPersons(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db.select({ personId: portalAccounts.personId, language: portalAccounts.language, preferences: portalAccounts.preferences })
    .from(portalAccounts).where(and(inArray(portalAccounts.personId, [...personIds]), isNull(portalAccounts.deactivatedAt)));
}
