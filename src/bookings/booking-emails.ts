// The resident's emails about a booking (templates booking_confirmed, booking_pending,
// booking_refused, booking_cancelled, booking_reminder; the agency may edit them): written to the
// outbox in the caller's transaction, without a ticket, like a report's copy. The confirmation
// and the reminder carry the booking's .ics; a cancellation carries its cancelled .ics.
import type { AppContext } from '../context.ts';
import type { Language } from '../domain/master-data.ts';
import { resourceRulesOf } from '../domain/bookings/resource-rules.ts';
import { formatMoney, localeOf } from '../channels/locale-format.ts';
import { insertOutboxMessages } from '../db/repositories/outbox.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { renderTemplate } from '../messages/render-template.ts';
import * as repo from '../db/repositories/bookings.ts';
import { bookingIcs } from './booking-ics.ts';
import type { Agency } from './booking-access.ts';

export const BOOKING_TEMPLATES = ['booking_confirmed', 'booking_pending', 'booking_refused', 'booking_cancelled', 'booking_reminder'] as const;
export type BookingTemplate = (typeof BOOKING_TEMPLATES)[number];

const WITH_ICS: Record<BookingTemplate, boolean> = { booking_confirmed: true, booking_pending: false, booking_refused: false, booking_cancelled: true, booking_reminder: true };

/** The portal's page of the resident's bookings. */
export const portalBookingsUrl = (publicUrl: string) => `${publicUrl}/portal/bookings`;

/** "samedi 12 décembre 2026" and "14:00 – 16:00" in the agency's time zone. */
export function bookingWhen(start: Date, end: Date, language: Language, timeZone: string): { date: string; time: string } {
  const locale = localeOf(language);
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(start);
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const endDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone }).format(end);
  const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone }).format(start) === new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(end.getTime() - 1));
  // A booking to midnight ends at 24:00 of its day.
  const to = clock.format(end) === '00:00' ? '24:00' : clock.format(end);
  return { date, time: sameDay ? `${clock.format(start)} – ${to}` : `${clock.format(start)} – ${endDate} ${clock.format(end)}` };
}

/** Queues one email about `booking` to its resident; nothing when they have no address. */
export async function queueBookingEmail(ctx: AppContext, input: { template: BookingTemplate; booking: repo.BookingRow; resource: repo.ResourceRow; agency: Agency }): Promise<void> {
  const { template, booking, resource, agency } = input;
  const person = await repo.bookingPerson(ctx.db, agency.id, booking.personId);
  if (!person?.email) return;
  const language: Language = person.language === 'en' ? 'en' : 'fr';
  const place = await repo.propertyOf(ctx.db, agency.id, resource.propertyId);
  const rules = resourceRulesOf(resource.rules);
  const when = bookingWhen(booking.startsAt, booking.endsAt, language, agency.timezone);
  const override = await findTemplateOverride(ctx.db, agency.id, { key: template, channel: 'email', language });
  const rendered = await renderTemplate({
    key: template, channel: 'email', language,
    source: override ? { subject: override.subject, body: override.body } : undefined,
    variables: {
      recipient: { name: person.name }, agency: { name: agency.name }, place: { name: place?.name ?? '', address: place ? `${place.addressLine}, ${place.postalCode} ${place.city}` : '' },
      booking: {
        resource: resource.name, date: when.date, time: when.time,
        price: rules.priceCents === null ? '' : formatMoney(rules.priceCents, language, 'EUR'),
        deposit: rules.depositCents === null ? '' : formatMoney(rules.depositCents, language, 'EUR'),
      },
      reason: booking.reason ?? '', portal_link: portalBookingsUrl(ctx.config.publicUrl),
    },
  });
  const ics = WITH_ICS[template]
    ? bookingIcs({ booking, resource, place, agencyName: agency.name, mailFrom: ctx.config.mailFrom, attendeeEmail: person.email, now: ctx.clock.now() })
    : null;
  const [written] = await insertOutboxMessages(ctx.db, [{
    organizationId: agency.id, channel: 'email', template, language,
    recipientName: person.name, recipients: [person.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null, ics,
    // A reminder is written once per booking, whatever reruns.
    dedupeKey: template === 'booking_reminder' ? `booking_reminder:${booking.id}` : null,
    state: ctx.transports.mailer ? 'queued' : 'held', createdAt: ctx.clock.now(), meta: { bookingId: booking.id, personId: person.id },
  }]);
  if (written?.state === 'queued') await ctx.jobs?.enqueueDeliveries(ctx.db, [written.id]);
}
