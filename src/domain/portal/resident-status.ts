// A ticket's status in residents' words (DOMAIN.md §13: received, in progress, appointment on …,
// done, closed), as a table over the staff statuses. The appointment's date is added by the page.
import type { TicketStatus } from '../tickets/codes.ts';

export const RESIDENT_STATUSES = {
  received: { fr: 'Demande reçue', en: 'Request received' },
  in_progress: { fr: 'En cours de traitement', en: 'Being handled' },
  appointment: { fr: 'Intervention prévue', en: 'Visit planned' },
  done: { fr: 'Travaux terminés', en: 'Work done' },
  resolved: { fr: 'Résolu', en: 'Resolved' },
  cancelled: { fr: 'Demande annulée', en: 'Request cancelled' },
  closed: { fr: 'Clôturé', en: 'Closed' },
} as const;
export type ResidentStatus = keyof typeof RESIDENT_STATUSES;

/** Each staff status as a resident reads it (before the appointment and resolution are looked at). */
export const RESIDENT_STATUS_OF: Record<TicketStatus, ResidentStatus> = {
  pending_validation: 'received',
  awaiting_appointment: 'in_progress',
  appointment_proposed: 'in_progress',
  refused_by_contractor: 'in_progress',
  awaiting_completion: 'appointment',
  completed: 'done',
  awaiting_invoice: 'done',
  invoice_received: 'done',
  quote_awaiting: 'in_progress',
  quote_received: 'in_progress',
  quote_awaiting_approval: 'in_progress',
  quote_approved: 'in_progress',
  quote_rejected: 'in_progress',
  in_progress: 'in_progress',
  cancelled: 'in_progress',
  closed: 'closed',
};

/** The resident's status of a ticket: closed (or cancelled when it never went further than a
 * request), resolved, an appointment ahead, else the table's reading of the staff status. */
export function residentStatus(ticket: { status: TicketStatus; type: string; closedAt: Date | null; resolvedAt: Date | null; cancelledRequest?: boolean }, nextAppointment: Date | null, now: Date): ResidentStatus {
  if (ticket.closedAt) return ticket.cancelledRequest ? 'cancelled' : 'closed';
  if (ticket.resolvedAt) return 'resolved';
  if (nextAppointment && nextAppointment.getTime() > now.getTime() - 12 * 3_600_000 && RESIDENT_STATUS_OF[ticket.status] !== 'done') return 'appointment';
  return RESIDENT_STATUS_OF[ticket.status];
}
