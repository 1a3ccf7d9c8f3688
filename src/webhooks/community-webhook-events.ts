// The webhook events of the cockpit's other tools: a booking made or changed (approved, refused,
// cancelled), a news post published. Their use cases queue them in their own transaction
// (queueWebhookEvents), as the commit path does for tickets.
import type { BookingRow, ResourceRow } from '../db/repositories/bookings.ts';
import type { NewsPostRow } from '../db/repositories/news.ts';
import type { WebhookEvent } from './queue-webhook-deliveries.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A booking as a webhook tells it: the room, the time, the state; the resident by id only. */
function bookingData(booking: BookingRow, resource: ResourceRow) {
  return {
    id: booking.id, state: booking.state, resourceId: resource.id, resourceName: resource.name, propertyId: resource.propertyId,
    personId: booking.personId, bookedByStaff: booking.bookedByUserId !== null, startsAt: iso(booking.startsAt), endsAt: iso(booking.endsAt),
    reason: booking.reason, createdAt: iso(booking.createdAt), updatedAt: iso(booking.updatedAt),
  };
}

export function bookingCreatedEvent(booking: BookingRow, resource: ResourceRow): WebhookEvent {
  return { organizationId: booking.organizationId, type: 'booking.created', data: { booking: bookingData(booking, resource) } };
}

export function bookingChangedEvent(booking: BookingRow, resource: ResourceRow, action: string, previousState: string): WebhookEvent {
  return { organizationId: booking.organizationId, type: 'booking.changed', data: { action, previousState, booking: bookingData(booking, resource) } };
}

/** A post published, now or for a later time (`publishAt`). */
export function newsPublishedEvent(post: NewsPostRow, publicUrl: string): WebhookEvent {
  return {
    organizationId: post.organizationId, type: 'news.published',
    data: {
      post: {
        id: post.id, kind: post.kind, title: post.title, audience: post.audience, propertyId: post.propertyId, ticketId: post.ticketId,
        publishAt: iso(post.publishAt), endsAt: iso(post.endsAt), url: `${publicUrl}/news/${post.id}`,
      },
    },
  };
}
