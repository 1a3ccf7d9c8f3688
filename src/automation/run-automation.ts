// The automation of DOMAIN.md §7, one pass: reminders (work order, quote, invoice), appointment
// reminders, check-in requests, completion requests. Each due item is claimed, recorded as an
// event and turned into messages in one transaction per batch: a crash loses nothing and a
// restart, or a second worker, sends nothing twice.
import type { AppContext } from '../context.ts';
import { reminderTemplate } from '../domain/messages/notification-rules.ts';
import { claimDue, type AutomationKind, type DueItem } from '../db/repositories/automation.ts';
import { appendEvents, dispatchesOf, partiesOf, findTicketById, type NewEvent } from '../db/repositories/tickets.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { EVENTS, type EventType } from '../domain/tickets/events.ts';

const KINDS: AutomationKind[] = ['reminder', 'appointment_reminder', 'check_in_request', 'completion_request'];

const EVENT: Record<AutomationKind, EventType> = {
  reminder: 'reminder_sent',
  appointment_reminder: 'appointment_reminder_sent',
  check_in_request: 'check_in_requested',
  completion_request: 'completion_requested',
};

function eventFor(kind: AutomationKind, item: DueItem, now: Date): NewEvent {
  const payload: Record<string, unknown> =
    kind === 'reminder'
      ? { automatic: true, count: item.remindersSent, template: reminderTemplate(item.kind, item.state), state: item.state }
      : { automatic: true, appointment: item.appointmentStartsAt?.toISOString() ?? null };
  return { type: EVENT[kind], actorType: 'system', actorUserId: null, actorName: 'Gardien', channel: 'system', direction: EVENTS[EVENT[kind]].direction, internal: false, dispatchId: item.dispatchId, partyId: null, payload, createdAt: now };
}

export interface AutomationResult {
  reminder: number;
  appointment_reminder: number;
  check_in_request: number;
  completion_request: number;
}

/** Runs everything due at the clock's time, in batches; returns how many items of each kind. */
export async function runAutomation(
  ctx: AppContext,
  options: { batchSize?: number; concurrency?: number; onBatch?: (kind: AutomationKind, count: number) => void } = {},
): Promise<AutomationResult> {
  const batchSize = options.batchSize ?? 200;
  // Batches claim with SKIP LOCKED, so several can run side by side on PostgreSQL; the embedded
  // database has one connection.
  const concurrency = ctx.databaseKind === 'postgres' ? (options.concurrency ?? 3) : 1;
  const result: AutomationResult = { reminder: 0, appointment_reminder: 0, check_in_request: 0, completion_request: 0 };
  const now = ctx.clock.now();
  for (const kind of KINDS) {
    const batchLoop = async () => {
      for (;;) {
        const done = await ctx.db.transaction(async (db) => {
          const items = await claimDue(db, kind, now, batchSize);
          const byTicket = new Map<string, DueItem[]>();
          for (const item of items) byTicket.set(item.ticketId, [...(byTicket.get(item.ticketId) ?? []), item]);
          for (const [ticketId, due] of byTicket) {
            const ticket = (await findTicketById(db, ticketId))!;
            const events = await appendEvents(db, ticket, due.map((item) => eventFor(kind, item, now)));
            await queueMessages(db, ctx, { ticket, dispatches: await dispatchesOf(db, ticketId), parties: await partiesOf(db, ticketId) }, events, now);
          }
          return items.length;
        });
        result[kind] += done;
        if (done > 0) options.onBatch?.(kind, done);
        if (done < batchSize) break;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, batchLoop));
  }
  return result;
}
