// Applies a partial change of reminder delays to the delays in force.
import type { ReminderDelays } from '../domain/settings.ts';
import type { RemindersPatchT } from './action-inputs.ts';

/** The delays with the given parts replaced. */
export function mergeReminders(current: ReminderDelays, patch: RemindersPatchT | undefined): ReminderDelays {
  if (!patch) return current;
  return {
    workOrder: (patch.workOrder as ReminderDelays['workOrder'] | undefined) ?? current.workOrder,
    quote: (patch.quote as ReminderDelays['quote'] | undefined) ?? current.quote,
    invoice: (patch.invoice as ReminderDelays['invoice'] | undefined) ?? current.invoice,
    appointmentHours: patch.appointmentHours ?? current.appointmentHours,
  };
}
