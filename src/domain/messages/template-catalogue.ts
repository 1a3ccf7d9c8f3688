// Every message Gardien sends (DOMAIN.md §8): its key, who receives it, by which channels, and
// the variables its template may use. The default texts are in src/messages/default-templates.ts.

export const AUDIENCES = ['contractor', 'approver', 'contact', 'watcher', 'requester', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface TemplateSpec {
  audience: Audience;
  channels: readonly ('email' | 'sms')[];
  /** The message carries the recipient's personal link to answer (contractors, approvers). */
  withLink: boolean;
  /** An appointment invitation (.ics) goes with the email. */
  withIcs?: boolean;
}

export const TEMPLATES = {
  // contractors
  work_order: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  quote_request: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  reminder_work_order: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  reminder_quote: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  reminder_invoice: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  awaiting_appointment: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  appointment_planned: { audience: 'contractor', channels: ['email', 'sms'], withLink: true, withIcs: true },
  appointment_postponed: { audience: 'contractor', channels: ['email', 'sms'], withLink: true, withIcs: true },
  appointment_reminder: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  check_in_request: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  completion_request: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  invoice_request: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  quote_confirmed: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  quote_disapproved: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  quote_not_retained: { audience: 'contractor', channels: ['email', 'sms'], withLink: false },
  intervention_cancelled: { audience: 'contractor', channels: ['email', 'sms'], withLink: false },
  // anyone the manager writes to (contractor, approver, contact, watcher)
  message_sent: { audience: 'contractor', channels: ['email', 'sms'], withLink: true },
  // approvers
  approval_request: { audience: 'approver', channels: ['email', 'sms'], withLink: true },
  // contact person
  contact_informed: { audience: 'contact', channels: ['email', 'sms'], withLink: false },
  contact_appointment: { audience: 'contact', channels: ['email', 'sms'], withLink: false, withIcs: true },
  // watchers and the requester
  watcher_ticket_created: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_contractor_accepted: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_appointment_changed: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_work_completed: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_quote_approved: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_ticket_closed: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_ticket_cancelled: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  watcher_reminder_notice: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  /** An incident's update, to the requester of every report it gathers. */
  incident_update: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  third_party_informed: { audience: 'watcher', channels: ['email', 'sms'], withLink: false },
  /** A request that came in by email from an unknown sender, or by the web form: received. */
  request_acknowledged: { audience: 'requester', channels: ['email'], withLink: false },
  requester_request_validated: { audience: 'requester', channels: ['email', 'sms'], withLink: false },
  requester_request_cancelled: { audience: 'requester', channels: ['email', 'sms'], withLink: false },
  /** The ticket is resolved: how was it? (a link to the portal ticket's feedback form). */
  requester_feedback_request: { audience: 'requester', channels: ['email', 'sms'], withLink: false },
  /** Resolved without feedback, the ticket closed on its own after the agency's delay. */
  requester_ticket_auto_closed: { audience: 'requester', channels: ['email'], withLink: false },
  /** The manager writes to the requester (their thread; replies join it). */
  requester_message: { audience: 'requester', channels: ['email', 'sms'], withLink: false },
  // staff
  staff_answer_received: { audience: 'staff', channels: ['email'], withLink: false },
  // staff accounts: the link to set a new password, minted when the email leaves (src/auth/password-reset.ts)
  password_reset: { audience: 'staff', channels: ['email'], withLink: true },
  // the copy of a report per building to its author, with the link to its page (src/reports/email-report-copy.ts)
  report_copy: { audience: 'staff', channels: ['email'], withLink: false },
  // residents' portal accounts: links minted when the email leaves (src/portal/portal-emails.ts)
  portal_invitation: { audience: 'requester', channels: ['email'], withLink: true },
  portal_invitation_reminder: { audience: 'requester', channels: ['email'], withLink: true },
  portal_sign_in_link: { audience: 'requester', channels: ['email'], withLink: true },
  portal_password_reset: { audience: 'requester', channels: ['email'], withLink: true },
  // the daily digest of new documents to each resident who sees them (src/community/documents-digest.ts)
  documents_digest: { audience: 'requester', channels: ['email'], withLink: false },
  // the news wall: an urgent post to every resident of its audience (src/community/news/fan-out-urgent-post.ts)
  news_urgent: { audience: 'requester', channels: ['email', 'sms'], withLink: false },
  // residents' bookings of shared rooms, without a ticket (src/bookings/booking-emails.ts)
  booking_confirmed: { audience: 'requester', channels: ['email'], withLink: false, withIcs: true },
  booking_pending: { audience: 'requester', channels: ['email'], withLink: false },
  booking_refused: { audience: 'requester', channels: ['email'], withLink: false },
  booking_cancelled: { audience: 'requester', channels: ['email'], withLink: false, withIcs: true },
  booking_reminder: { audience: 'requester', channels: ['email'], withLink: false, withIcs: true },
  // the agency's app admins, when a webhook that kept failing is switched off (src/webhooks/switch-off-failing-webhook.ts)
  webhook_disabled: { audience: 'staff', channels: ['email'], withLink: false },
} as const satisfies Record<string, TemplateSpec>;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

/** The variables every template may use (Liquid: `{{ ticket.number }}`), documented for the editor. */
export const TEMPLATE_VARIABLES = [
  'ticket.number', 'ticket.subject', 'ticket.description', 'ticket.type_label', 'ticket.step_label',
  'place.name', 'place.address', 'place.unit',
  'contact.name', 'contact.phone', 'contact.email',
  'contractor.name', 'approver.name', 'recipient.name',
  'appointment.date', 'appointment.time', 'appointment.duration',
  'quote.amount', 'invoice.amount',
  'agency.name', 'agency.email', 'agency.phone',
  'manager.name', 'manager.phone', 'manager.email', 'manager.signature',
  'link', 'help_link', 'portal_link', 'comment', 'reason', 'message.subject', 'message.body', 'reminder.count', 'owner.name',
  // The quotes put to an approver, a list: `{% for q in quotes %}{{ q.contractor }} {{ q.amount }} {{ q.valid_until }} {{ q.file_link }}{% endfor %}`.
  'quotes',
  // The new documents of a digest, a list: `{% for d in documents %}{{ d.title }} {{ d.place }}{% endfor %}`.
  'documents',
  // A booking of a shared room (its resource, day, hours, price and deposit shown).
  'booking.resource', 'booking.date', 'booking.time', 'booking.price', 'booking.deposit',
  // A webhook switched off after failing (its URL, the failed tries in a row, the last error).
  'webhook.url', 'webhook.failures', 'webhook.error',
] as const;
