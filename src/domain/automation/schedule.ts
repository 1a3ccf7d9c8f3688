// What each dispatch keeps of the automation's rules: when its next reminder and its next
// request fall due. Written by every change of its ticket (src/tickets/change-ticket.ts), so the
// sweep finds due work with one indexed query and no rule lives in SQL.
import { nextReminderAt, type ReminderFacts, type TicketAutomationFacts } from './reminder-rules.ts';
import { nextRequest, type AppointmentFacts, type RequestKind } from './request-rules.ts';

export interface AutomationSchedule {
  nextReminderAt: Date | null;
  nextRequestAt: Date | null;
  nextRequestKind: RequestKind | null;
}

/** The dispatch's schedule after a change at `now`. */
export function automationSchedule(dispatch: ReminderFacts & AppointmentFacts, ticket: TicketAutomationFacts, now: Date): AutomationSchedule {
  const request = nextRequest(dispatch, ticket, now);
  return { nextReminderAt: nextReminderAt(dispatch, ticket), nextRequestAt: request?.at ?? null, nextRequestKind: request?.kind ?? null };
}

/** Whether two schedules differ (only a changed one is written). */
export function scheduleChanged(a: AutomationSchedule, b: AutomationSchedule): boolean {
  const t = (d: Date | null) => d?.getTime() ?? null;
  return t(a.nextReminderAt) !== t(b.nextReminderAt) || t(a.nextRequestAt) !== t(b.nextRequestAt) || a.nextRequestKind !== b.nextRequestKind;
}
