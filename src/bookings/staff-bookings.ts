// What managers do with bookings (DOMAIN.md §15): the calendar of a property over a period, one
// booking, booking for a resident (who holds a relation with the property today; the notice,
// the horizon and the limit do not apply, and it is confirmed at once), approving or refusing a
// pending one with a reason, cancelling any.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { calendarDay } from '../domain/time-zone.ts';
import type { BookingState } from '../domain/bookings/booking-states.ts';
import type { BookingAction } from '../domain/bookings/booking-transitions.ts';
import { residentRelations } from '../db/repositories/portal-tickets.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';
import { placeBooking, rangeOf } from './place-booking.ts';
import { changeBooking } from './change-booking.ts';

/** The longest period the calendar reads at once. */
const MAX_CALENDAR_DAYS = 62;

export async function listStaffBookings(ctx: AppContext, actor: Actor, query: { propertyId?: string; resourceId?: string; from: string; to: string; state?: BookingState }) {
  await staffAgency(ctx, actor);
  const range = rangeOf(query.from, query.to);
  if (!(range.end > range.start) || range.end.getTime() - range.start.getTime() > MAX_CALENDAR_DAYS * 86_400_000) {
    throw new DomainError('invalid_period', `The calendar reads a period of up to ${MAX_CALENDAR_DAYS} days, ending after it starts.`);
  }
  return repo.staffBookings(ctx.db, actor.organizationId, { propertyId: query.propertyId, resourceId: query.resourceId, from: range.start, to: range.end, states: query.state ? [query.state] : undefined });
}

export async function getStaffBooking(ctx: AppContext, actor: Actor, id: string) {
  await staffAgency(ctx, actor);
  const booking = await repo.bookingWithNames(ctx.db, actor.organizationId, id);
  if (!booking) throw notFound('Booking');
  return booking;
}

export async function bookForResident(ctx: AppContext, actor: Actor, input: { resourceId: string; personId: string; startsAt: string; endsAt: string; note?: string | null }) {
  const agency = await staffAgency(ctx, actor);
  const resource = await ownResource(ctx, actor.organizationId, input.resourceId);
  const relations = await residentRelations(ctx.db, actor.organizationId, input.personId, calendarDay(ctx.clock.now(), agency.timezone));
  if (!relations.some((r) => r.propertyId === resource.propertyId)) {
    throw new DomainError('not_a_resident', 'This person holds no relation with the resource’s property today.', { personId: input.personId });
  }
  const booking = await placeBooking(ctx, agency, { resource, personId: input.personId, range: rangeOf(input.startsAt, input.endsAt), note: input.note?.trim() || null, bookedByUserId: actor.userId });
  return getStaffBooking(ctx, actor, booking.id);
}

export async function decideBooking(ctx: AppContext, actor: Actor, id: string, action: BookingAction, reason?: string | null) {
  const agency = await staffAgency(ctx, actor);
  await changeBooking(ctx, agency, id, { action, reason, userId: actor.userId });
  return getStaffBooking(ctx, actor, id);
}

/** The residents of a property today, for the manager's "book for a resident". */
export async function residentsOfProperty(ctx: AppContext, actor: Actor, propertyId: string) {
  const agency = await staffAgency(ctx, actor);
  return repo.propertyResidents(ctx.db, actor.organizationId, propertyId, calendarDay(ctx.clock.now(), agency.timezone));
}
