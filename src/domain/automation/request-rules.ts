// The requests Gardien sends on its own around an appointment (DOMAIN.md §7): the appointment
// reminder H hours before, the check-in request 15 minutes before (when the ticket asks for
// presence), the completion request shortly after the planned end. Each goes once per
// appointment time, inside a window; the schedule on each dispatch holds the next one due.
import type { DispatchState } from '../tickets/codes.ts';
import type { TicketAutomationFacts } from './reminder-rules.ts';

export const REQUEST_KINDS = ['appointment_reminder', 'check_in_request', 'completion_request'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface AppointmentFacts {
  state: DispatchState;
  appointmentStartsAt: Date | null;
  appointmentDurationMinutes: number | null;
  /** The appointment time each request was already sent for. */
  appointmentRemindedFor: Date | null;
  checkInRequestedFor: Date | null;
  completionRequestedFor: Date | null;
}

const MINUTE = 60_000;
const DEFAULT_DURATION_MINUTES = 60;

interface RequestRule {
  kind: RequestKind;
  /** The states in which it is sent. */
  states: readonly DispatchState[];
  /** Whether this ticket asks for it at all. */
  wanted: (ticket: TicketAutomationFacts) => boolean;
  /** From when, and until when, it may go (ms), for an appointment starting at `start`. */
  window: (start: number, durationMinutes: number, ticket: TicketAutomationFacts) => { from: number; until: number };
  /** The appointment time it was last sent for. */
  sentFor: (d: AppointmentFacts) => Date | null;
}

export const REQUEST_RULES: readonly RequestRule[] = [
  {
    kind: 'appointment_reminder',
    states: ['planned'],
    wanted: (t) => t.reminders.appointmentHours > 0,
    window: (start, _d, t) => ({ from: start - t.reminders.appointmentHours * 60 * MINUTE, until: start }),
    sentFor: (d) => d.appointmentRemindedFor,
  },
  {
    kind: 'check_in_request',
    states: ['planned'],
    wanted: (t) => t.presenceCheck,
    window: (start) => ({ from: start - 15 * MINUTE, until: start + 60 * MINUTE }),
    sentFor: (d) => d.checkInRequestedFor,
  },
  {
    kind: 'completion_request',
    states: ['planned', 'on_site'],
    wanted: () => true,
    window: (start, duration) => ({ from: start + (duration + 5) * MINUTE, until: start + duration * MINUTE + 24 * 60 * MINUTE }),
    sentFor: (d) => d.completionRequestedFor,
  },
];

/** Whether the request of this kind is due now for this dispatch. */
export function requestDue(kind: RequestKind, dispatch: AppointmentFacts, ticket: TicketAutomationFacts, now: Date): boolean {
  const rule = REQUEST_RULES.find((r) => r.kind === kind)!;
  const open = openWindow(rule, dispatch, ticket);
  return !!open && open.from <= now.getTime() && now.getTime() < open.until;
}

function openWindow(rule: RequestRule, d: AppointmentFacts, ticket: TicketAutomationFacts): { from: number; until: number } | undefined {
  if (ticket.closed || ticket.silent || !d.appointmentStartsAt || !rule.states.includes(d.state) || !rule.wanted(ticket)) return undefined;
  if (rule.sentFor(d)?.getTime() === d.appointmentStartsAt.getTime()) return undefined;
  return rule.window(d.appointmentStartsAt.getTime(), d.appointmentDurationMinutes ?? DEFAULT_DURATION_MINUTES, ticket);
}

/** The next request this dispatch will send, and when: the earliest window still open after
 * `now` (a window already open counts from now). Null when none is pending. */
export function nextRequest(dispatch: AppointmentFacts, ticket: TicketAutomationFacts, now: Date): { kind: RequestKind; at: Date } | null {
  let next: { kind: RequestKind; at: Date } | null = null;
  for (const rule of REQUEST_RULES) {
    const open = openWindow(rule, dispatch, ticket);
    if (!open || open.until <= now.getTime()) continue;
    const at = new Date(open.from);
    if (!next || at < next.at) next = { kind: rule.kind, at };
  }
  return next;
}
