// After every change: the ticket's status, whom it waits on, whether it needs action, its amount
// and its unread count, derived by the domain's rules from its type and dispatches; and each
// dispatch's automation schedule. Pure: the commit path writes what changed.
import { ticketStatus, waitingOn, needsAction } from '../domain/tickets/ticket-status.ts';
import { ticketAmount } from '../domain/tickets/ticket-amount.ts';
import { automationSchedule, scheduleChanged, type AutomationSchedule } from '../domain/automation/schedule.ts';
import type { TicketRow, DispatchRow } from '../db/repositories/tickets.ts';

/** The ticket's derived fields after a change. */
export function derivedFields(ticket: TicketRow, dispatches: readonly DispatchRow[], unreadDelta: number): Partial<TicketRow> {
  const unreadCount = Math.max(0, ticket.unreadCount + unreadDelta);
  const facts = { type: ticket.type, closed: ticket.closedAt !== null, unreadCount, linked: ticket.incidentId !== null };
  const states = dispatches.map((d) => ({ kind: d.kind, state: d.state }));
  return {
    status: ticketStatus(facts, states),
    waitingOn: waitingOn(facts, states),
    needsAction: needsAction(facts, states),
    amountCents: ticketAmount(dispatches),
    unreadCount,
  };
}

/** The fields of `patch` whose value differs from the ticket's. */
export function changedFields(ticket: TicketRow, patch: Partial<TicketRow>): Partial<TicketRow> {
  const changed: Partial<TicketRow> = {};
  for (const [key, value] of Object.entries(patch) as [keyof TicketRow, unknown][]) {
    const current = ticket[key];
    const same = current instanceof Date && value instanceof Date ? current.getTime() === value.getTime() : JSON.stringify(current) === JSON.stringify(value);
    if (!same) (changed as Record<string, unknown>)[key] = value;
  }
  return changed;
}

/** The dispatch's schedule as it is stored. */
export function storedSchedule(d: DispatchRow): AutomationSchedule {
  return { nextReminderAt: d.nextReminderAt, nextRequestAt: d.nextRequestAt, nextRequestKind: d.nextRequestKind };
}

/** Each dispatch's schedule after the change, for those whose schedule moved. */
export function movedSchedules(ticket: TicketRow, dispatches: readonly DispatchRow[], now: Date): { dispatch: DispatchRow; schedule: AutomationSchedule }[] {
  const facts = { closed: ticket.closedAt !== null, silent: ticket.silent, reminders: ticket.reminders, presenceCheck: ticket.presenceCheck };
  const moved = [];
  for (const dispatch of dispatches) {
    const schedule = automationSchedule(dispatch, facts, now);
    if (scheduleChanged(schedule, storedSchedule(dispatch))) moved.push({ dispatch, schedule });
  }
  return moved;
}
