// Labels of the ticket codes in the interface language: statuses from the domain's table (which
// carries French and English), the rest from the translation files.
import { useTranslation } from 'react-i18next';
import { STATUSES, type TicketStatus } from '../../../../src/domain/tickets/codes.ts';
import type { EventType } from '../../../../src/domain/tickets/events.ts';

/** The history's title of every event of the catalogue (a missing one does not compile), as
 * translation keys. */
export const EVENT_LABELS: Record<EventType, `history.type.${EventType}`> = {
  request_received: 'history.type.request_received',
  ticket_created: 'history.type.ticket_created',
  request_validated: 'history.type.request_validated',
  request_cancelled: 'history.type.request_cancelled',
  ticket_edited: 'history.type.ticket_edited',
  ticket_reassigned: 'history.type.ticket_reassigned',
  silent_on: 'history.type.silent_on',
  silent_off: 'history.type.silent_off',
  reminders_set: 'history.type.reminders_set',
  party_updated: 'history.type.party_updated',
  ticket_closed: 'history.type.ticket_closed',
  ticket_resolved: 'history.type.ticket_resolved',
  feedback_requested: 'history.type.feedback_requested',
  feedback_given: 'history.type.feedback_given',
  ticket_auto_closed: 'history.type.ticket_auto_closed',
  internal_note: 'history.type.internal_note',
  message_sent: 'history.type.message_sent',
  message_received: 'history.type.message_received',
  third_party_informed: 'history.type.third_party_informed',
  attachments_added: 'history.type.attachments_added',
  contractor_added: 'history.type.contractor_added',
  contractor_replaced: 'history.type.contractor_replaced',
  intervention_cancelled: 'history.type.intervention_cancelled',
  work_order_sent: 'history.type.work_order_sent',
  work_order_acknowledged: 'history.type.work_order_acknowledged',
  contractor_accepted: 'history.type.contractor_accepted',
  contractor_refused: 'history.type.contractor_refused',
  reminder_sent: 'history.type.reminder_sent',
  appointment_proposed: 'history.type.appointment_proposed',
  appointment_set: 'history.type.appointment_set',
  appointment_validated: 'history.type.appointment_validated',
  appointment_postponed: 'history.type.appointment_postponed',
  appointment_reminder_sent: 'history.type.appointment_reminder_sent',
  check_in_requested: 'history.type.check_in_requested',
  check_in_answered: 'history.type.check_in_answered',
  completion_requested: 'history.type.completion_requested',
  work_completed: 'history.type.work_completed',
  invoice_requested: 'history.type.invoice_requested',
  invoice_received: 'history.type.invoice_received',
  invoice_rerequested: 'history.type.invoice_rerequested',
  quote_requested: 'history.type.quote_requested',
  quote_received: 'history.type.quote_received',
  quote_accepted: 'history.type.quote_accepted',
  quote_rejected: 'history.type.quote_rejected',
  quote_not_retained: 'history.type.quote_not_retained',
  approval_requested: 'history.type.approval_requested',
  quote_approved: 'history.type.quote_approved',
  quote_disapproved: 'history.type.quote_disapproved',
  quote_confirmed: 'history.type.quote_confirmed',
  linked_to_incident: 'history.type.linked_to_incident',
  incident_report_linked: 'history.type.incident_report_linked',
  unlinked_from_incident: 'history.type.unlinked_from_incident',
  incident_report_unlinked: 'history.type.incident_report_unlinked',
  closed_as_duplicate: 'history.type.closed_as_duplicate',
  incident_update_sent: 'history.type.incident_update_sent',
  incident_update_relayed: 'history.type.incident_update_relayed',
};

/** Translators of ticket codes, bound to the active language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en' : 'fr';
  return {
    status: (status: string) => (status in STATUSES ? STATUSES[status as TicketStatus][language] : status),
    type: (type: string) => t(`codes.type.${type}`, { defaultValue: type }),
    typeLong: (type: string) => t(`codes.typeLong.${type}`, { defaultValue: type }),
    source: (source: string) => t(`codes.source.${source}`, { defaultValue: source }),
    waitingOn: (who: string) => t(`codes.waitingOn.${who}`, { defaultValue: who }),
    dispatchState: (state: string) => t(`codes.dispatchState.${state}`, { defaultValue: state }),
    dispatchKind: (kind: string) => t(`codes.dispatchKind.${kind}`, { defaultValue: kind }),
    trade: (trade: string) => t(`codes.trade.${trade}`, { defaultValue: trade }),
    channel: (channel: string) => t(`codes.channel.${channel}`, { defaultValue: channel }),
    visibility: (visibility: string) => t(`codes.visibility.${visibility}`, { defaultValue: visibility }),
    presence: (presence: string) => t(`codes.presence.${presence}`, { defaultValue: presence }),
    action: (action: string) => t(`actions.${action}.button`, { defaultValue: action }),
    /** An event's title in the history; a type outside the catalogue reads as its code in words. */
    event: (type: string) => (Object.hasOwn(EVENT_LABELS, type) ? t(EVENT_LABELS[type as EventType]) : type.replace(/_/g, ' ')),
  };
}
