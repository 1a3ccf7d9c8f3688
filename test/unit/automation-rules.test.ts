// The automation's rules (DOMAIN.md §7) as the domain decides them: which states are reminded,
// when, how often, that silent mode and closing stop everything, and the requests around an
// appointment, each once per appointment time inside its window.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DISPATCH_KINDS, DISPATCH_STATES } from '../../src/domain/tickets/codes.ts';
import { REMINDER_RULES, nextReminderAt, reminderRule, type TicketAutomationFacts } from '../../src/domain/automation/reminder-rules.ts';
import { nextRequest, requestDue, type AppointmentFacts } from '../../src/domain/automation/request-rules.ts';
import { automationSchedule } from '../../src/domain/automation/schedule.ts';
import { DEFAULT_REMINDERS } from '../../src/domain/settings.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const base = new Date('2026-12-01T08:00:00Z');
const ticket = (over: Partial<TicketAutomationFacts> = {}): TicketAutomationFacts => ({ closed: false, silent: false, reminders: DEFAULT_REMINDERS, presenceCheck: false, ...over });
const appointment = (over: Partial<AppointmentFacts> = {}): AppointmentFacts => ({
  state: 'planned', appointmentStartsAt: new Date(base.getTime() + 3 * DAY), appointmentDurationMinutes: 60,
  appointmentRemindedFor: null, checkInRequestedFor: null, completionRequestedFor: null, ...over,
});

describe('reminders', () => {
  it('when a dispatch owes the contractor an answer, then it has a reminder rule, and only then', () => {
    const owed = new Set(['work_order/requested', 'quote/requested', 'quote/accepted', 'work_order/done', 'work_order/invoice_requested']);
    for (const kind of DISPATCH_KINDS) {
      for (const state of DISPATCH_STATES) expect(reminderRule(kind, state) !== undefined, `${kind}/${state}`).toBe(owed.has(`${kind}/${state}`));
    }
    expect(REMINDER_RULES.map((r) => r.template)).toEqual(['reminder_work_order', 'reminder_quote', 'reminder_quote', 'reminder_invoice', 'reminder_invoice']);
  });

  it('when reminders are sent, then each falls a full delay after the previous one, until the maximum', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.constantFrom('days' as const, 'hours' as const), fc.integer({ min: 0, max: 6 }), (every, unit, max) => {
      const reminders = { ...DEFAULT_REMINDERS, workOrder: { every, unit, max } };
      const step = every * (unit === 'days' ? DAY : HOUR);
      for (let sent = 0; sent <= max; sent++) {
        const next = nextReminderAt({ kind: 'work_order', state: 'requested', remindersSent: sent, reminderBaseAt: base }, ticket({ reminders }));
        if (sent >= max) expect(next).toBeNull();
        else expect(next!.getTime() - base.getTime()).toBe(step * (sent + 1));
      }
    }));
  });

  it('when the ticket is silent, closed, or the delay is off, then no reminder is scheduled', () => {
    const d = { kind: 'quote' as const, state: 'requested' as const, remindersSent: 0, reminderBaseAt: base };
    expect(nextReminderAt(d, ticket())).not.toBeNull();
    expect(nextReminderAt(d, ticket({ silent: true }))).toBeNull();
    expect(nextReminderAt(d, ticket({ closed: true }))).toBeNull();
    expect(nextReminderAt(d, ticket({ reminders: { ...DEFAULT_REMINDERS, quote: { every: 0, unit: 'days', max: 3 } } }))).toBeNull();
    expect(nextReminderAt({ ...d, state: 'quote_received' }, ticket())).toBeNull();
  });
});

describe('requests around an appointment', () => {
  it('when an appointment is planned, then its reminder is due H hours before, then the check-in request (if asked), then the completion request', () => {
    const start = appointment().appointmentStartsAt!.getTime();
    const t = ticket({ presenceCheck: true });
    expect(nextRequest(appointment(), t, base)).toEqual({ kind: 'appointment_reminder', at: new Date(start - 48 * HOUR) });
    const reminded = appointment({ appointmentRemindedFor: new Date(start) });
    expect(nextRequest(reminded, t, base)).toEqual({ kind: 'check_in_request', at: new Date(start - 15 * 60_000) });
    expect(nextRequest(reminded, ticket(), base)).toEqual({ kind: 'completion_request', at: new Date(start + 65 * 60_000) });
    const all = appointment({ appointmentRemindedFor: new Date(start), checkInRequestedFor: new Date(start), completionRequestedFor: new Date(start) });
    expect(nextRequest(all, t, base)).toBeNull();
  });

  it('when the appointment moves, then every request is due again for the new time', () => {
    const old = appointment().appointmentStartsAt!;
    const moved = appointment({ appointmentStartsAt: new Date(old.getTime() + DAY), appointmentRemindedFor: old, checkInRequestedFor: old, completionRequestedFor: old });
    expect(nextRequest(moved, ticket(), base)?.kind).toBe('appointment_reminder');
  });

  it('when a window has passed, then that request is not due and the next one is', () => {
    const start = appointment().appointmentStartsAt!.getTime();
    const late = new Date(start + 2 * HOUR);
    expect(requestDue('appointment_reminder', appointment(), ticket(), late)).toBe(false);
    expect(requestDue('check_in_request', appointment(), ticket({ presenceCheck: true }), late)).toBe(false);
    expect(requestDue('completion_request', appointment(), ticket(), late)).toBe(true);
    expect(nextRequest(appointment(), ticket({ presenceCheck: true }), late)).toEqual({ kind: 'completion_request', at: new Date(start + 65 * 60_000) });
  });

  it('when the ticket is silent, then neither reminders nor requests are scheduled', () => {
    const d = { ...appointment(), kind: 'work_order' as const, state: 'planned' as const, remindersSent: 0, reminderBaseAt: base };
    expect(automationSchedule(d, ticket({ silent: true, presenceCheck: true }), base)).toEqual({ nextReminderAt: null, nextRequestAt: null, nextRequestKind: null });
  });
});
