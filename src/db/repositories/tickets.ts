// SQL of tickets: numbering, loading a ticket with its dispatches and parties (locked for an
// action), writing them, and the history.
import { and, asc, desc, eq, sql, max, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../connection.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { tickets, dispatches, ticketParties, ticketEvents, ticketCounters, ticketTime } from '../schema/index.ts';
import { searchVector } from './ticket-search.ts';

export type TicketRow = typeof tickets.$inferSelect;
export type DispatchRow = typeof dispatches.$inferSelect;
export type PartyRow = typeof ticketParties.$inferSelect;
export type EventRow = typeof ticketEvents.$inferSelect;
export type NewEvent = Omit<typeof ticketEvents.$inferInsert, 'seq' | 'organizationId' | 'ticketId'>;

/** The next ticket number of an organization. Called inside the creating transaction: a rollback
 * gives the number back, and the row lock makes concurrent creations wait, so there is no gap
 * and no reuse. */
export async function nextTicketNumber(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .insert(ticketCounters)
    .values({ organizationId, lastNumber: 1 })
    .onConflictDoUpdate({ target: ticketCounters.organizationId, set: { lastNumber: sql`${ticketCounters.lastNumber} + 1` } })
    .returning({ number: ticketCounters.lastNumber });
  return row!.number;
}

/** Stores a new ticket. */
export async function insertTicket(db: Db, row: typeof tickets.$inferInsert): Promise<TicketRow> {
  const [created] = await db.insert(tickets).values(row).returning();
  return created!;
}

/** A ticket by number within an organization; with `lock`, held until the transaction ends. */
export async function findTicket(db: Db, organizationId: string, number: number, lock = false): Promise<TicketRow | undefined> {
  const query = db.select().from(tickets).where(and(eq(tickets.organizationId, organizationId), eq(tickets.number, number))).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** A ticket by id (jobs know tickets by id). */
export async function findTicketById(db: Db, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row;
}

/** Tickets by id, locked until the transaction ends (a batch of the automation, an incident and
 * its reports), in the order of their ids: two changes locking the same tickets never deadlock. */
export async function lockTicketsById(db: Db, ids: readonly string[]): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(tickets).where(inArray(tickets.id, [...ids])).orderBy(asc(tickets.id)).for('update');
}

/** The dispatches of several tickets, each ticket's in the order they were added. */
export function dispatchesOfTickets(db: Db, ticketIds: readonly string[]): Promise<DispatchRow[]> {
  if (ticketIds.length === 0) return Promise.resolve([]);
  return db.select().from(dispatches).where(inArray(dispatches.ticketId, [...ticketIds])).orderBy(asc(dispatches.ticketId), asc(dispatches.position));
}

/** The other parties of several tickets. */
export function partiesOfTickets(db: Db, ticketIds: readonly string[]): Promise<PartyRow[]> {
  if (ticketIds.length === 0) return Promise.resolve([]);
  return db.select().from(ticketParties).where(inArray(ticketParties.ticketId, [...ticketIds])).orderBy(asc(ticketParties.createdAt), asc(ticketParties.id));
}

/** The values of the automation's columns of a dispatch, written for many at once. */
export interface DispatchAutomationColumns {
  id: string;
  remindersSent: number;
  appointmentRemindedFor: Date | null;
  checkInRequestedFor: Date | null;
  completionRequestedFor: Date | null;
  nextReminderAt: Date | null;
  nextRequestAt: Date | null;
  nextRequestKind: string | null;
}

/** Writes the automation's columns of many dispatches in one statement. */
export async function updateDispatchAutomation(db: Db, rows: readonly DispatchAutomationColumns[]): Promise<void> {
  if (rows.length === 0) return;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const json = JSON.stringify(rows.map((r) => ({
    id: r.id, reminders_sent: r.remindersSent, appointment_reminded_for: iso(r.appointmentRemindedFor), check_in_requested_for: iso(r.checkInRequestedFor),
    completion_requested_for: iso(r.completionRequestedFor), next_reminder_at: iso(r.nextReminderAt), next_request_at: iso(r.nextRequestAt), next_request_kind: r.nextRequestKind,
  })));
  await db.execute(sql`
    update dispatches d set reminders_sent = v.reminders_sent, appointment_reminded_for = v.appointment_reminded_for,
      check_in_requested_for = v.check_in_requested_for, completion_requested_for = v.completion_requested_for,
      next_reminder_at = v.next_reminder_at, next_request_at = v.next_request_at, next_request_kind = v.next_request_kind
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, reminders_sent int, appointment_reminded_for timestamptz, check_in_requested_for timestamptz,
      completion_requested_for timestamptz, next_reminder_at timestamptz, next_request_at timestamptz, next_request_kind text)
    where d.id = v.id`);
}

/** A ticket's dispatches, in the order they were added. */
export function dispatchesOf(db: Db, ticketId: string): Promise<DispatchRow[]> {
  return db.select().from(dispatches).where(eq(dispatches.ticketId, ticketId)).orderBy(asc(dispatches.position));
}

/** A ticket's other parties (contact, watchers, approvers). */
export function partiesOf(db: Db, ticketId: string): Promise<PartyRow[]> {
  return db.select().from(ticketParties).where(eq(ticketParties.ticketId, ticketId)).orderBy(asc(ticketParties.createdAt), asc(ticketParties.id));
}

/** Writes a ticket's search document (text already folded) as its search vector. */
export async function updateSearchDocument(db: Db, id: string, searchDocument: string): Promise<void> {
  await updateTicket(db, id, {}, searchDocument);
}

/** Changes a ticket; with `searchDocument` (text already folded), also its search vector
 * (French words and the agency's term, ticket-search.ts). */
export async function updateTicket(db: Db, id: string, patch: Partial<typeof tickets.$inferInsert>, searchDocument?: string): Promise<void> {
  const search = searchDocument === undefined ? {} : { search: searchVector(searchDocument) as unknown as string };
  await db.update(tickets).set({ ...patch, ...search }).where(eq(tickets.id, id));
}

/** Stores a new dispatch. */
export async function insertDispatch(db: Db, row: typeof dispatches.$inferInsert): Promise<DispatchRow> {
  const [created] = await db.insert(dispatches).values(row).returning();
  return created!;
}

/** Changes a dispatch. */
export async function updateDispatch(db: Db, id: string, patch: Partial<typeof dispatches.$inferInsert>): Promise<void> {
  await db.update(dispatches).set(patch).where(eq(dispatches.id, id));
}

/** Stores a new party. */
export async function insertParty(db: Db, row: typeof ticketParties.$inferInsert): Promise<PartyRow> {
  const [created] = await db.insert(ticketParties).values(row).returning();
  return created!;
}

/** Changes a party. */
export async function updateParty(db: Db, id: string, patch: Partial<typeof ticketParties.$inferInsert>): Promise<void> {
  await db.update(ticketParties).set(patch).where(eq(ticketParties.id, id));
}

/** Appends events to a ticket's history, numbered after the last one. The ticket row is locked by
 * the caller, so two writers never take the same number. */
export async function appendEvents(db: Db, ticket: { id: string; organizationId: string }, events: NewEvent[]): Promise<EventRow[]> {
  return appendEventsOfTickets(db, [{ ticket, events }]);
}

/** Appends the events of several tickets (each locked by the caller) in one insert; returns them
 * in the order given. Events carry their id (an attachment may already point at it). */
export async function appendEventsOfTickets(db: Db, batch: readonly { ticket: { id: string; organizationId: string }; events: readonly NewEvent[] }[]): Promise<EventRow[]> {
  const withEvents = batch.filter((b) => b.events.length > 0);
  if (withEvents.length === 0) return [];
  const ids = withEvents.map((b) => b.ticket.id);
  const last = await db
    .select({ ticketId: ticketEvents.ticketId, seq: max(ticketEvents.seq) })
    .from(ticketEvents)
    .where(inArray(ticketEvents.ticketId, ids))
    .groupBy(ticketEvents.ticketId);
  const lastSeq = new Map(last.map((l) => [l.ticketId, l.seq ?? 0]));
  const rows: EventRow[] = withEvents.flatMap((b) => b.events.map((event, i) => ({
    id: event.id ?? randomUUID(), organizationId: b.ticket.organizationId, ticketId: b.ticket.id, seq: (lastSeq.get(b.ticket.id) ?? 0) + 1 + i,
    type: event.type, actorType: event.actorType, actorUserId: event.actorUserId ?? null, actorName: event.actorName, dispatchId: event.dispatchId ?? null,
    partyId: event.partyId ?? null, channel: event.channel, direction: event.direction, internal: event.internal ?? false, payload: event.payload ?? {}, createdAt: event.createdAt,
  })));
  await bulkInsert(db, ticketEvents, rows);
  return rows;
}

/** A ticket's history, newest first. */
export function eventsOf(db: Db, ticketId: string): Promise<EventRow[]> {
  return db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(desc(ticketEvents.seq));
}

/** The latest event that asked a party (an approver) for their decision, if any. */
export async function approvalRequestOf(db: Db, ticketId: string, partyId: string): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.partyId, partyId), eq(ticketEvents.type, 'approval_requested')))
    .orderBy(desc(ticketEvents.seq))
    .limit(1);
  return row;
}

/** Adds the seconds since the user's last heartbeat on a ticket (capped), and returns the total. */
export async function recordHeartbeat(db: Db, ticketId: string, userId: string, now: Date, capSeconds: number): Promise<void> {
  await db
    .insert(ticketTime)
    .values({ ticketId, userId, lastBeatAt: now, seconds: 0 })
    .onConflictDoUpdate({
      target: [ticketTime.ticketId, ticketTime.userId],
      set: {
        seconds: sql`${ticketTime.seconds} + case when ${ticketTime.lastBeatAt} is null then 0
          else least(${capSeconds}, greatest(0, extract(epoch from (${now}::timestamptz - ${ticketTime.lastBeatAt}))::int)) end`,
        lastBeatAt: now,
      },
    });
  await db
    .update(tickets)
    .set({ timeSpentSeconds: sql`(select coalesce(sum(${ticketTime.seconds}), 0)::int from ${ticketTime} where ${ticketTime.ticketId} = ${ticketId})` })
    .where(eq(tickets.id, ticketId));
}

/** Ends a user's viewing of a ticket: the next heartbeat starts a new stretch. */
export async function stopHeartbeat(db: Db, ticketId: string, userId: string, now: Date, capSeconds: number): Promise<void> {
  await recordHeartbeat(db, ticketId, userId, now, capSeconds);
  await db.update(ticketTime).set({ lastBeatAt: null }).where(and(eq(ticketTime.ticketId, ticketId), eq(ticketTime.userId, userId)));
}
