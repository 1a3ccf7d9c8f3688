// Which dispatch states are reminded, with which template and which of the ticket's delays
// (DOMAIN.md §7): the one table the manual "remind" action, the automatic reminders and the
// schedule written on each dispatch all read.
import type { DispatchKind, DispatchState } from '../tickets/codes.ts';
import type { ReminderDelays } from '../settings.ts';

export type ReminderTemplate = 'reminder_work_order' | 'reminder_quote' | 'reminder_invoice';

export interface ReminderRule {
  kind: DispatchKind;
  state: DispatchState;
  template: ReminderTemplate;
  /** Which of the ticket's reminder delays applies. */
  delays: 'workOrder' | 'quote' | 'invoice';
}

/** States in which the contractor owes an answer: the work order, the quote, or the invoice
 * after the work is done ("completion without invoice"). */
export const REMINDER_RULES: readonly ReminderRule[] = [
  { kind: 'work_order', state: 'requested', template: 'reminder_work_order', delays: 'workOrder' },
  { kind: 'quote', state: 'requested', template: 'reminder_quote', delays: 'quote' },
  { kind: 'quote', state: 'accepted', template: 'reminder_quote', delays: 'quote' },
  { kind: 'work_order', state: 'done', template: 'reminder_invoice', delays: 'invoice' },
  { kind: 'work_order', state: 'invoice_requested', template: 'reminder_invoice', delays: 'invoice' },
];

/** The rule for a dispatch in this kind and state, if it is reminded at all. */
export function reminderRule(kind: DispatchKind, state: DispatchState): ReminderRule | undefined {
  return REMINDER_RULES.find((r) => r.kind === kind && r.state === state);
}

export interface ReminderFacts {
  kind: DispatchKind;
  state: DispatchState;
  remindersSent: number;
  /** Reminders count from here: the dispatch's last step, or the end of silent mode. */
  reminderBaseAt: Date;
}

export interface TicketAutomationFacts {
  closed: boolean;
  silent: boolean;
  reminders: ReminderDelays;
  presenceCheck: boolean;
}

const HOUR = 3_600_000;

/** When the next automatic reminder of this dispatch falls due; null when none will: the ticket is
 * closed or silent, the state is not reminded, the delay is off, or the maximum is reached. */
export function nextReminderAt(dispatch: ReminderFacts, ticket: TicketAutomationFacts): Date | null {
  if (ticket.closed || ticket.silent) return null;
  const rule = reminderRule(dispatch.kind, dispatch.state);
  if (!rule) return null;
  const delay = ticket.reminders[rule.delays];
  if (!delay || delay.every <= 0 || dispatch.remindersSent >= delay.max) return null;
  const step = delay.every * (delay.unit === 'hours' ? HOUR : 24 * HOUR);
  return new Date(dispatch.reminderBaseAt.getTime() + step * (dispatch.remindersSent + 1));
}
