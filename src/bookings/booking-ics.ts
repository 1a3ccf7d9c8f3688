// A booking as a calendar entry (RFC 5545, channels/ics.ts): attached to the confirmation and
// reminder emails, cancelled with the cancellation, and downloadable from the portal.
import { invitationIcs } from '../channels/ics.ts';
import type { BookingRow, ResourceRow } from '../db/repositories/bookings.ts';

export interface BookingIcsInput {
  booking: Pick<BookingRow, 'id' | 'startsAt' | 'endsAt' | 'state' | 'updatedAt'>;
  resource: Pick<ResourceRow, 'name' | 'description'>;
  place: { name: string; addressLine: string; postalCode: string; city: string } | undefined;
  agencyName: string;
  mailFrom: string;
  attendeeEmail: string | null;
  now: Date;
}

export function bookingIcs(input: BookingIcsInput): string {
  const organizerEmail = /<([^>]+)>/.exec(input.mailFrom)?.[1] ?? input.mailFrom;
  const { booking, place } = input;
  return invitationIcs({
    uid: `booking-${booking.id}@gardien`,
    // Later changes replace earlier ones in the resident's calendar.
    sequence: Math.floor((booking.updatedAt.getTime() / 60_000) % 2_000_000_000),
    startsAt: booking.startsAt,
    durationMinutes: Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000),
    summary: `${input.resource.name}${place ? ` – ${place.name}` : ''}`,
    description: input.resource.description,
    location: place ? `${place.name}, ${place.addressLine}, ${place.postalCode} ${place.city}` : '',
    organizerEmail, organizerName: input.agencyName,
    attendeeEmail: input.attendeeEmail ?? organizerEmail,
    now: input.now,
    cancelled: booking.state === 'cancelled' || booking.state === 'refused',
    tentative: booking.state === 'pending',
  });
}
