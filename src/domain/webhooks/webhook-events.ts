// The events an agency's webhooks may subscribe to (DOMAIN.md §16), as a table: each type, what
// makes it happen, and its words for the cockpit (web/src/i18n: webhooks.events.<type>). Ticket
// types follow the one commit path (tickets/reactors/webhooks.ts); bookings and news posts come
// from their own use cases, in their transactions too.
import type { DispatchState } from '../tickets/codes.ts';

export const WEBHOOK_EVENT_TYPES = [
  'ticket.created',
  'ticket.changed',
  'ticket.closed',
  'dispatch.state_changed',
  'answer.received',
  'booking.created',
  'booking.changed',
  'news.published',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** What one change of a ticket shows the webhook rules. */
export interface TicketChangeFacts {
  /** The event types recorded by this change (ticket_created, quote_received, …). */
  eventTypes: readonly string[];
  /** Those recorded as a party's answer (unread answers of the catalogue). */
  answerEventIds: readonly string[];
  /** Each dispatch's state before and after (before null for a dispatch the change added). */
  dispatches: readonly { id: string; before: DispatchState | null; after: DispatchState }[];
}

const CLOSING = new Set(['ticket_closed', 'ticket_auto_closed']);

/** The webhook event types one change of a ticket gives, and for dispatch.state_changed the
 * dispatches that moved. A creation is `ticket.created` only; any other change is
 * `ticket.changed`, and also `ticket.closed` when it closed the ticket. */
export function webhookEventsOfTicketChange(facts: TicketChangeFacts): { type: WebhookEventType; dispatchId?: string; answerEventId?: string }[] {
  if (facts.eventTypes.length === 0) return [];
  const created = facts.eventTypes.includes('ticket_created');
  const out: { type: WebhookEventType; dispatchId?: string; answerEventId?: string }[] = [{ type: created ? 'ticket.created' : 'ticket.changed' }];
  if (!created && facts.eventTypes.some((t) => CLOSING.has(t))) out.push({ type: 'ticket.closed' });
  for (const dispatch of facts.dispatches) {
    if (dispatch.before !== dispatch.after) out.push({ type: 'dispatch.state_changed', dispatchId: dispatch.id });
  }
  for (const answerEventId of facts.answerEventIds) out.push({ type: 'answer.received', answerEventId });
  return out;
}
