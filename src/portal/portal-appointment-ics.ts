// GET /portal/tickets/{number}/appointment.ics: the ticket's next appointment as a calendar entry.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { notFound } from '../domain/errors.ts';
import { invitationIcs } from '../channels/ics.ts';
import { dispatchesOf } from '../db/repositories/tickets.ts';
import { personsByIds, placeNames } from '../db/repositories/portal-requests.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';
import { appointmentOf } from './portal-ticket-view.ts';

export async function portalAppointmentIcs(ctx: AppContext, resident: Resident, number: number): Promise<string> {
  const { ticket } = await visiblePortalTicket(ctx, resident, number);
  const appointment = ticket.closedAt ? null : appointmentOf(await dispatchesOf(ctx.db, ticket.id));
  if (!appointment) throw notFound('Appointment');
  const [organization, [me], names] = await Promise.all([
    findOrganization(ctx.db, ticket.organizationId),
    personsByIds(ctx.db, ticket.organizationId, [resident.personId]),
    placeNames(ctx.db, ticket.organizationId, ticket.propertyId ? [ticket.propertyId] : [], []),
  ]);
  const property = ticket.propertyId ? names.properties.get(ticket.propertyId) : undefined;
  const organizerEmail = /<([^>]+)>/.exec(ctx.config.mailFrom)?.[1] ?? ctx.config.mailFrom;
  return invitationIcs({
    uid: `dispatch-${appointment.dispatch.id}@gardien`,
    sequence: Math.floor((appointment.dispatch.stateChangedAt.getTime() / 60_000) % 2_000_000_000),
    startsAt: appointment.startsAt,
    durationMinutes: appointment.durationMinutes,
    summary: `Intervention n°${ticket.number} – ${ticket.subject}`,
    description: appointment.dispatch.contractorName,
    location: property ? `${property.name}, ${property.addressLine}, ${property.postalCode} ${property.city}` : '',
    organizerEmail, organizerName: organization?.name ?? '',
    attendeeEmail: me?.emails[0] ?? organizerEmail,
    now: ctx.clock.now(),
  });
}
