// Who is told what, when (DOMAIN.md §4–§8): for each event of a ticket's history, the messages it
// sends. A rule marked `explicit` is the manager's own sending and goes out even in silent mode;
// every other message is automatic and silent mode holds it back.
import type { TemplateKey } from './template-catalogue.ts';
import { EVENTS, EVENT_TYPES, type EventType } from '../tickets/events.ts';

export type Recipient =
  | 'dispatch' // the contractor of the event's dispatch
  | 'contact'
  | 'watchers'
  | 'approver' // the event's party, an approver
  | 'council_informed'
  | 'party' // the event's party, whoever it is
  | 'requester'
  | 'third_parties' // people typed in on the event (payload.recipients)
  | 'listed_parties' // the parties the event names (payload.partyIds: an incident's requesters)
  | 'staff'; // the assignee, and the creator / manager / assistant as the settings say

export interface NotificationRule {
  event: EventType;
  template: TemplateKey;
  to: Recipient;
  explicit?: boolean;
  /** Always by email too, whatever the recipient's channels (first quote request, invoice request). */
  forceEmail?: boolean;
  /** Only when the event's payload / ticket says so. */
  when?: (context: { payload: Record<string, unknown>; ticketType: string; notifyReminders: boolean; dispatchState?: string }) => boolean;
}

const workOrderTicket = (c: { ticketType: string }) => c.ticketType === 'ODS' || c.ticketType === 'ODSM';

export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  { event: 'ticket_created', template: 'watcher_ticket_created', to: 'watchers' },
  { event: 'ticket_created', template: 'contact_informed', to: 'contact', when: workOrderTicket },
  { event: 'request_received', template: 'request_acknowledged', to: 'requester', when: (c) => c.payload.acknowledge === true },
  { event: 'request_validated', template: 'requester_request_validated', to: 'requester' },
  { event: 'request_validated', template: 'contact_informed', to: 'contact', when: workOrderTicket },
  { event: 'request_cancelled', template: 'requester_request_cancelled', to: 'requester' },
  { event: 'request_cancelled', template: 'watcher_ticket_cancelled', to: 'watchers' },
  { event: 'work_order_sent', template: 'work_order', to: 'dispatch' },
  { event: 'quote_requested', template: 'quote_request', to: 'dispatch', forceEmail: true },
  { event: 'contractor_accepted', template: 'watcher_contractor_accepted', to: 'watchers', when: (c) => !!c.payload.startsAt },
  { event: 'appointment_validated', template: 'appointment_planned', to: 'dispatch' },
  { event: 'appointment_validated', template: 'contact_appointment', to: 'contact' },
  { event: 'appointment_set', template: 'appointment_planned', to: 'dispatch' },
  { event: 'appointment_set', template: 'contact_appointment', to: 'contact' },
  { event: 'appointment_set', template: 'watcher_contractor_accepted', to: 'watchers' },
  { event: 'appointment_postponed', template: 'appointment_postponed', to: 'dispatch' },
  { event: 'appointment_postponed', template: 'contact_appointment', to: 'contact' },
  { event: 'appointment_postponed', template: 'watcher_appointment_changed', to: 'watchers' },
  { event: 'check_in_answered', template: 'watcher_appointment_changed', to: 'watchers', when: (c) => c.payload.presence === 'postpone' || c.payload.presence === 'cannot_come' },
  { event: 'check_in_answered', template: 'awaiting_appointment', to: 'dispatch', when: (c) => c.payload.presence === 'cannot_come' },
  { event: 'work_completed', template: 'watcher_work_completed', to: 'watchers' },
  { event: 'invoice_requested', template: 'invoice_request', to: 'dispatch', forceEmail: true },
  { event: 'invoice_rerequested', template: 'invoice_request', to: 'dispatch', forceEmail: true },
  { event: 'quote_accepted', template: 'watcher_quote_approved', to: 'watchers' },
  { event: 'quote_accepted', template: 'contact_informed', to: 'contact' },
  { event: 'quote_approved', template: 'watcher_quote_approved', to: 'watchers' },
  { event: 'quote_approved', template: 'contact_informed', to: 'contact' },
  { event: 'quote_confirmed', template: 'quote_confirmed', to: 'dispatch' },
  { event: 'quote_rejected', template: 'quote_disapproved', to: 'dispatch' },
  { event: 'quote_disapproved', template: 'quote_disapproved', to: 'dispatch' },
  { event: 'quote_not_retained', template: 'quote_not_retained', to: 'dispatch' },
  { event: 'approval_requested', template: 'approval_request', to: 'party' },
  { event: 'approval_requested', template: 'third_party_informed', to: 'council_informed' },
  { event: 'intervention_cancelled', template: 'intervention_cancelled', to: 'dispatch' },
  { event: 'contractor_replaced', template: 'intervention_cancelled', to: 'dispatch', when: (c) => !c.payload.afterRefusal },
  { event: 'message_sent', template: 'message_sent', to: 'party', explicit: true, when: (c) => c.payload.toRequester !== true },
  { event: 'message_sent', template: 'requester_message', to: 'party', explicit: true, when: (c) => c.payload.toRequester === true },
  { event: 'message_sent', template: 'message_sent', to: 'dispatch', explicit: true },
  { event: 'third_party_informed', template: 'third_party_informed', to: 'third_parties', explicit: true },
  { event: 'reminder_sent', template: 'reminder_work_order', to: 'dispatch', explicit: true, when: (c) => c.payload.template === 'reminder_work_order' },
  { event: 'reminder_sent', template: 'reminder_quote', to: 'dispatch', explicit: true, forceEmail: true, when: (c) => c.payload.template === 'reminder_quote' },
  { event: 'reminder_sent', template: 'reminder_invoice', to: 'dispatch', explicit: true, forceEmail: true, when: (c) => c.payload.template === 'reminder_invoice' },
  { event: 'reminder_sent', template: 'watcher_reminder_notice', to: 'watchers', when: (c) => c.notifyReminders },
  { event: 'appointment_reminder_sent', template: 'appointment_reminder', to: 'dispatch' },
  { event: 'check_in_requested', template: 'check_in_request', to: 'dispatch' },
  { event: 'completion_requested', template: 'completion_request', to: 'dispatch' },
  { event: 'ticket_closed', template: 'watcher_ticket_closed', to: 'watchers' },
  { event: 'feedback_requested', template: 'requester_feedback_request', to: 'requester' },
  { event: 'incident_update_sent', template: 'incident_update', to: 'listed_parties', explicit: true },
  { event: 'ticket_auto_closed', template: 'requester_ticket_auto_closed', to: 'requester' },
];

/** Events a party sends: the staff concerned hear of each one (the catalogue's unread answers). */
export const PARTY_ANSWERS: readonly EventType[] = EVENT_TYPES.filter((type) => EVENTS[type].unread);
