// The automation of DOMAIN.md §7, one pass: reminders (work order, quote, invoice), appointment
// reminders, check-in requests, completion requests; then the auto close of resolved tickets. Each batch claims the dispatches whose
// schedule is due and changes their tickets through the one commit path, in one transaction: a
// crash loses nothing, and a restart, or a second worker, sends nothing twice. What is due, and
// what comes next, the domain decides (src/domain/automation/).
import type { AppContext } from '../context.ts';
import { nextReminderAt, reminderRule, type TicketAutomationFacts } from '../domain/automation/reminder-rules.ts';
import { REQUEST_KINDS, requestDue, type RequestKind } from '../domain/automation/request-rules.ts';
import { lockDueDispatches, type Sweep } from '../db/repositories/automation.ts';
import type { DispatchRow, TicketRow } from '../db/repositories/tickets.ts';
import { changeTickets, type ChangeRequest } from '../tickets/change-ticket.ts';
import { runAutoClose } from './auto-close.ts';
import type { ActionScope, Acting } from '../tickets/action-scope.ts';
import type { EventType } from '../domain/tickets/events.ts';
import { sendInvitationReminders } from '../portal/invitation-reminders.ts';
import { sendDocumentDigests } from '../community/documents-digest.ts';
import { fanOutDueNews } from '../community/news/fan-out-urgent-post.ts';
import { sendBookingReminders } from '../bookings/booking-reminders.ts';
import { timeAutomationPass } from '../metrics/metrics.ts';

export type AutomationKind = 'reminder' | RequestKind | 'auto_close';

const SYSTEM: Acting = { type: 'system', name: 'Gardien', channel: 'system' };

const REQUEST_EVENT = {
  appointment_reminder: 'appointment_reminder_sent',
  check_in_request: 'check_in_requested',
  completion_request: 'completion_requested',
} as const satisfies Record<RequestKind, EventType>;

/** The column of the appointment time each request was sent for. */
const SENT_FOR = {
  appointment_reminder: 'appointmentRemindedFor',
  check_in_request: 'checkInRequestedFor',
  completion_request: 'completionRequestedFor',
} as const satisfies Record<RequestKind, keyof DispatchRow>;

/** With the portal's invitation reminders (src/portal/invitation-reminders.ts) and the bookings' (src/bookings/booking-reminders.ts). */
export type AutomationResult = Record<AutomationKind, number> & { portal_invitation_reminder: number; documents_digest: number; news_urgent: number; booking_reminder: number };

function facts(ticket: TicketRow): TicketAutomationFacts {
  return { closed: ticket.closedAt !== null, silent: ticket.silent, reminders: ticket.reminders, presenceCheck: ticket.presenceCheck };
}

/** Sends what is due on the claimed dispatches of one ticket; counts it in `result`. */
function dueStep(sweep: Sweep, dispatchIds: readonly string[], result: AutomationResult) {
  return async (scope: ActionScope) => {
    const ticket = facts(scope.ticket);
    for (const dispatch of scope.dispatches.filter((d) => dispatchIds.includes(d.id))) {
      if (sweep === 'reminders') {
        const due = nextReminderAt(dispatch, ticket);
        if (!due || due > scope.now) continue;
        dispatch.remindersSent += 1;
        scope.automationTouched.add(dispatch.id);
        const template = reminderRule(dispatch.kind, dispatch.state)!.template;
        scope.record('reminder_sent', { dispatchId: dispatch.id, payload: { automatic: true, count: dispatch.remindersSent, template, state: dispatch.state } });
        result.reminder++;
        continue;
      }
      for (const kind of REQUEST_KINDS) {
        if (!requestDue(kind, dispatch, ticket, scope.now)) continue;
        dispatch[SENT_FOR[kind]] = dispatch.appointmentStartsAt;
        scope.automationTouched.add(dispatch.id);
        scope.record(REQUEST_EVENT[kind], { dispatchId: dispatch.id, payload: { automatic: true, appointment: dispatch.appointmentStartsAt?.toISOString() ?? null } });
        result[kind]++;
      }
    }
  };
}

type PassOptions = { batchSize?: number; concurrency?: number; onBatch?: (sweep: Sweep, count: number) => void };

/** Runs everything due at the clock's time, in batches; returns how many items of each kind.
 * Each pass is counted and timed in the metrics (gardien_automation_*), failed ones too. */
export async function runAutomation(ctx: AppContext, options: PassOptions = {}): Promise<AutomationResult> {
  const done = timeAutomationPass(ctx.metrics);
  try {
    const result = await runPass(ctx, options);
    done(result);
    return result;
  } catch (error) {
    done();
    throw error;
  }
}

async function runPass(ctx: AppContext, options: PassOptions): Promise<AutomationResult> {
  const batchSize = options.batchSize ?? 200;
  // Batches claim with SKIP LOCKED, so several can run side by side on PostgreSQL; the embedded
  // database has one connection.
  const concurrency = ctx.databaseKind === 'postgres' ? (options.concurrency ?? 3) : 1;
  const result: AutomationResult = { reminder: 0, appointment_reminder: 0, check_in_request: 0, completion_request: 0, auto_close: 0, portal_invitation_reminder: 0, documents_digest: 0, news_urgent: 0, booking_reminder: 0 };
  const now = ctx.clock.now();
  for (const sweep of ['reminders', 'requests'] as const) {
    const batchLoop = async () => {
      for (;;) {
        let claimed = 0;
        await changeTickets(ctx, async (db) => {
          const due = await lockDueDispatches(db, sweep, now, batchSize);
          claimed = due.length;
          const byTicket = new Map<string, { organizationId: string; ids: string[] }>();
          for (const d of due) {
            const entry = byTicket.get(d.ticketId) ?? { organizationId: d.organizationId, ids: [] };
            entry.ids.push(d.dispatchId);
            byTicket.set(d.ticketId, entry);
          }
          return [...byTicket].map(([ticketId, { organizationId, ids }]): ChangeRequest => ({
            organizationId, target: { id: ticketId }, viewer: { type: 'system' }, acting: () => SYSTEM, step: dueStep(sweep, ids, result),
          }));
        });
        if (claimed > 0) options.onBatch?.(sweep, claimed);
        if (claimed < batchSize) break;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, batchLoop));
  }
  // Resolved tickets left without feedback past the agency's delay (src/automation/auto-close.ts).
  result.auto_close = await runAutoClose(ctx, now, batchSize);
  result.portal_invitation_reminder = await sendInvitationReminders(ctx);
  // The daily digest of new documents, from 07:00 agency time (src/community/documents-digest.ts).
  result.documents_digest = await sendDocumentDigests(ctx);
  // Urgent posts of the news wall whose publication time has come (src/community/news/).
  result.news_urgent = await fanOutDueNews(ctx);
  // Bookings starting within a day (src/bookings/booking-reminders.ts).
  result.booking_reminder = await sendBookingReminders(ctx);
  return result;
}
