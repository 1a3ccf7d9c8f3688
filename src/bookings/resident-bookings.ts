// What residents do with bookings in the portal (DOMAIN.md §15): the resources they may book
// (their audience, relations of today), the free slots of a resource on a day and the next ones,
// which resources are free at a time, booking (instant: confirmed; with approval: pending, told
// when decided), their bookings upcoming and past, cancelling up to the deadline, and the .ics.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { bookingProblem, heldRange, mayCancel, overlaps, type BookingCheck } from '../domain/bookings/booking-rules.ts';
import { resourceRulesOf } from '../domain/bookings/resource-rules.ts';
import { lockKeys } from '../domain/bookings/lock-keys.ts';
import { freeSlots } from '../domain/bookings/free-slots.ts';
import { instantAt, nextDay } from '../domain/bookings/local-time.ts';
import * as repo from '../db/repositories/bookings.ts';
import { residentViewer, visibleResource, type ResidentViewer } from './booking-access.ts';
import { resourceViews } from './staff-resources.ts';
import { placeBooking, rangeOf } from './place-booking.ts';
import { changeBooking } from './change-booking.ts';
import { bookingIcs } from './booking-ics.ts';

const LIMIT_LOOKBACK_MS = 32 * 86_400_000;
/** The most days of free slots asked at once. */
export const MAX_SLOT_DAYS = 14;

export async function listResidentResources(ctx: AppContext, resident: Resident) {
  const viewer = await residentViewer(ctx, resident);
  return resourceViews(ctx, resident.organizationId, await repo.residentResources(ctx.db, resident.organizationId, viewer.relations), viewer.now);
}

export async function getResidentResource(ctx: AppContext, resident: Resident, id: string) {
  const viewer = await residentViewer(ctx, resident);
  const [view] = await resourceViews(ctx, resident.organizationId, [await visibleResource(ctx, viewer, id)], viewer.now);
  return view!;
}

/** What the rules need to judge the resident's booking of `resource`, and the times held by blocking bookings. */
async function checkOf(ctx: AppContext, viewer: ResidentViewer, resident: Resident, resource: repo.ResourceRow, from: Date, to: Date): Promise<{ check: BookingCheck; taken: { start: Date; end: Date }[] }> {
  const rules = resourceRulesOf(resource.rules);
  const links = await repo.linksOf(ctx.db, resident.organizationId, [resource.id]);
  const closures = await repo.closuresOf(ctx.db, resident.organizationId, [resource.id], from);
  const residentBookings = await repo.residentHeldBookings(ctx.db, resident.organizationId, resource.id, resident.personId, new Date(from.getTime() - LIMIT_LOOKBACK_MS));
  // The held times widened by this resource's buffer before them: a slot ending into one is not free either.
  const taken = await repo.takenRanges(ctx.db, lockKeys(resource.id, links), new Date(from.getTime() - rules.bufferMinutes * 60_000), new Date(to.getTime() + 86_400_000));
  return { check: { rules, timeZone: viewer.agency.timezone, now: viewer.now, closures: closures.map((c) => ({ start: c.startsAt, end: c.endsAt })), residentBookings }, taken };
}

/** The free starts of a booking of `minutes` (the resource's shortest by default) on `day` and the `days` - 1 after. */
export async function residentSlots(ctx: AppContext, resident: Resident, id: string, query: { day: string; days?: number; minutes?: number }) {
  const viewer = await residentViewer(ctx, resident);
  const resource = await visibleResource(ctx, viewer, id);
  const rules = resourceRulesOf(resource.rules);
  const minutes = query.minutes ?? rules.minMinutes;
  const days = Math.min(query.days ?? 1, MAX_SLOT_DAYS);
  const dayList = [query.day];
  while (dayList.length < days) dayList.push(nextDay(dayList[dayList.length - 1]!));
  const from = instantAt(dayList[0]!, 0, viewer.agency.timezone);
  const to = instantAt(nextDay(dayList[dayList.length - 1]!), 0, viewer.agency.timezone);
  const { check, taken } = await checkOf(ctx, viewer, resident, resource, from, to);
  return { minutes, timeZone: viewer.agency.timezone, days: dayList.map((day) => ({ day, slots: freeSlots(day, minutes, check, taken) })) };
}

/** Of the resources the resident may book, those free for [startsAt, endsAt) under their rules, and why not for the others. */
export async function residentFreeAt(ctx: AppContext, resident: Resident, query: { startsAt: string; endsAt: string }) {
  const viewer = await residentViewer(ctx, resident);
  const range = rangeOf(query.startsAt, query.endsAt);
  const resources = await repo.residentResources(ctx.db, resident.organizationId, viewer.relations);
  const answers = [];
  for (const resource of resources) {
    const { check, taken } = await checkOf(ctx, viewer, resident, resource, range.start, range.end);
    const problem = bookingProblem(range, check);
    const held = heldRange(range, check.rules.bufferMinutes);
    answers.push({ resource, problem: problem ?? (taken.some((t) => overlaps(t, held)) ? 'booking_slot_taken' : null) });
  }
  return { views: await resourceViews(ctx, resident.organizationId, resources, viewer.now), answers };
}

export async function bookAsResident(ctx: AppContext, resident: Resident, input: { resourceId: string; startsAt: string; endsAt: string; note?: string | null }) {
  const viewer = await residentViewer(ctx, resident);
  const resource = await visibleResource(ctx, viewer, input.resourceId);
  const booking = await placeBooking(ctx, viewer.agency, { resource, personId: resident.personId, range: rangeOf(input.startsAt, input.endsAt), note: input.note?.trim() || null, bookedByUserId: null });
  return { booking: await residentBooking(ctx, resident, booking.id), mayCancel: mayCancel(booking.startsAt, resourceRulesOf(resource.rules), viewer.now) };
}

/** One of the resident's own bookings with whether they may still cancel it; another's is 404. */
export async function residentBooking(ctx: AppContext, resident: Resident, id: string) {
  const booking = await repo.bookingWithNames(ctx.db, resident.organizationId, id);
  if (!booking || booking.personId !== resident.personId) throw notFound('Booking');
  return booking;
}

export async function myBookings(ctx: AppContext, resident: Resident, query: { when: 'upcoming' | 'past'; limit?: number }) {
  const viewer = await residentViewer(ctx, resident);
  const rows = await repo.personBookings(ctx.db, resident.organizationId, resident.personId, query.when, viewer.now, query.limit ?? 50);
  const resources = new Map((await repo.listResources(ctx.db, resident.organizationId, { ids: [...new Set(rows.map((r) => r.resourceId))] })).map((r) => [r.id, r]));
  return rows.map((booking) => ({ booking, mayCancel: (booking.state === 'pending' || booking.state === 'confirmed') && mayCancel(booking.startsAt, resourceRulesOf(resources.get(booking.resourceId)?.rules), viewer.now) }));
}

export async function cancelAsResident(ctx: AppContext, resident: Resident, id: string) {
  const viewer = await residentViewer(ctx, resident);
  await residentBooking(ctx, resident, id);
  await changeBooking(ctx, viewer.agency, id, { action: 'cancel', userId: null, personId: resident.personId });
  return residentBooking(ctx, resident, id);
}

/** The booking as a calendar entry. */
export async function residentBookingIcs(ctx: AppContext, resident: Resident, id: string): Promise<string> {
  const viewer = await residentViewer(ctx, resident);
  const booking = await residentBooking(ctx, resident, id);
  const resource = (await repo.findResource(ctx.db, resident.organizationId, booking.resourceId))!;
  const [place, person] = [await repo.propertyOf(ctx.db, resident.organizationId, resource.propertyId), await repo.bookingPerson(ctx.db, resident.organizationId, resident.personId)];
  if (booking.state === 'refused') throw new DomainError('booking_not_active', 'A refused booking has no calendar entry.');
  return bookingIcs({ booking, resource, place, agencyName: viewer.agency.name, mailFrom: ctx.config.mailFrom, attendeeEmail: person?.email ?? null, now: viewer.now });
}
