// Writes the deliveries an event calls for, in the caller's transaction (the integrations'
// outbox): one row per webhook of the agency subscribed to the event's type, with the body as it
// is now. A webhook switched off gets its rows too: they wait, and leave once it is on again. Nothing is sent here; the workers send after the commit, so a change that rolls
// back leaves no delivery and a committed one always has its deliveries.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../context.ts';
import { webhooksOfAgencies, insertWebhookDeliveries, type NewWebhookDelivery, type WebhookRow } from '../db/repositories/webhooks.ts';
import { webhookEventsOfTicketChange, type WebhookEventType } from '../domain/webhooks/webhook-events.ts';
import { EVENTS } from '../domain/tickets/events.ts';
import type { TicketChange } from '../tickets/ticket-change.ts';
import { ticketEventData } from './webhook-payload.ts';

export interface WebhookEvent {
  organizationId: string;
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/** The body of one event: its id, type, time and data. */
const bodyOf = (id: string, event: WebhookEvent, now: Date) => ({ id, type: event.type, createdAt: now.toISOString(), organizationId: event.organizationId, data: event.data });

function deliveriesOf(hooks: readonly WebhookRow[], events: readonly WebhookEvent[], now: Date): NewWebhookDelivery[] {
  const rows: NewWebhookDelivery[] = [];
  for (const event of events) {
    const subscribed = hooks.filter((h) => h.organizationId === event.organizationId && h.eventTypes.includes(event.type));
    if (subscribed.length === 0) continue;
    const eventId = randomUUID();
    const payload = bodyOf(eventId, event, now);
    for (const hook of subscribed) {
      rows.push({ organizationId: hook.organizationId, webhookId: hook.id, eventType: event.type, eventId, payload, state: 'queued', availableAt: now, createdAt: now });
    }
  }
  return rows;
}

async function writeDeliveries(db: Db, ctx: AppContext, hooks: readonly WebhookRow[], events: readonly WebhookEvent[]): Promise<number> {
  const written = await insertWebhookDeliveries(db, deliveriesOf(hooks, events, ctx.clock.now()));
  if (written.length > 0) await ctx.jobs?.enqueueDeliveries(db, written.map((w) => w.id));
  return written.length;
}

/** Queues the deliveries of `events` (bookings, news posts: their use cases call it in their
 * transaction); returns how many were written. */
export async function queueWebhookEvents(db: Db, ctx: AppContext, events: readonly WebhookEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const hooks = await webhooksOfAgencies(db, [...new Set(events.map((e) => e.organizationId))]);
  return hooks.length === 0 ? 0 : writeDeliveries(db, ctx, hooks, events);
}

/** Queues the deliveries of ticket changes (the commit path's reactor). The events' bodies are
 * made only for agencies that have a webhook, so a batch of the automation costs one query. */
export async function queueTicketWebhooks(db: Db, ctx: AppContext, changes: readonly TicketChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const hooks = await webhooksOfAgencies(db, [...new Set(changes.map((c) => c.ticket.organizationId))]);
  if (hooks.length === 0) return 0;
  const withHooks = new Set(hooks.map((h) => h.organizationId));
  const events = changes.filter((c) => withHooks.has(c.ticket.organizationId)).flatMap((change) =>
    webhookEventsOfTicketChange({
      eventTypes: change.events.map((e) => e.type),
      answerEventIds: change.events.filter((e) => EVENTS[e.type].unread).map((e) => e.id),
      dispatches: change.dispatches.map((d) => ({ id: d.id, before: change.dispatchStatesBefore.get(d.id) ?? null, after: d.state })),
    }).map((event) => ({ organizationId: change.ticket.organizationId, type: event.type, data: ticketEventData(change, event, ctx.config.publicUrl) })),
  );
  return writeDeliveries(db, ctx, hooks, events);
}
