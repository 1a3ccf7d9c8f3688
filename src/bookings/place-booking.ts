// Making a booking (DOMAIN.md §15), for the resident or by a manager for them: the rules first
// (domain/bookings/booking-rules.ts: 422 with the rule's code), then, in one transaction, the
// booking and its locks — one per lock key of the resource and its links, on the time it holds
// with the buffer. The database's exclusion constraint refuses a lock overlapping another of its
// key: that is the 409 booking_slot_taken, whatever the load. The resident's limit per period
// holds under concurrency too: their bookings of one resource wait for each other (an advisory
// lock of the transaction) before counting.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { BOOKING_PROBLEMS, bookingProblem, heldRange, type TimeRange } from '../domain/bookings/booking-rules.ts';
import { resourceRulesOf } from '../domain/bookings/resource-rules.ts';
import { lockKeys } from '../domain/bookings/lock-keys.ts';
import { SLOT_TAKEN } from '../domain/bookings/booking-transitions.ts';
import { isDeadlock, isExclusionViolation } from '../db/errors.ts';
import * as repo from '../db/repositories/bookings.ts';
import { queueBookingEmail } from './booking-emails.ts';
import { queueWebhookEvents } from '../webhooks/queue-webhook-deliveries.ts';
import { bookingCreatedEvent } from '../webhooks/community-webhook-events.ts';
import type { Agency } from './booking-access.ts';

/** How far back the resident's bookings are read for the limit (its longest period is a month). */
const LIMIT_LOOKBACK_MS = 32 * 86_400_000;
/** A deadlock between two inserts is broken by the database; the loser tries again (and then meets the winner's lock). */
const DEADLOCK_TRIES = 3;

export interface PlaceBooking {
  resource: repo.ResourceRow;
  personId: string;
  range: TimeRange;
  note: string | null;
  /** The manager booking for the resident: no notice, horizon or limit; confirmed at once. */
  bookedByUserId: string | null;
}

/** Reads an API time range; 400 when it is not one. */
export function rangeOf(startsAt: string, endsAt: string): TimeRange {
  const range = { start: new Date(startsAt), end: new Date(endsAt) };
  if (Number.isNaN(range.start.getTime()) || Number.isNaN(range.end.getTime())) throw new DomainError('validation_failed', 'startsAt and endsAt are dates and times.');
  return range;
}

export async function placeBooking(ctx: AppContext, agency: Agency, input: PlaceBooking): Promise<repo.BookingRow> {
  const { resource, range } = input;
  if (!resource.active) throw new DomainError('resource_inactive', 'This resource is not open to bookings any more.');
  const rules = resourceRulesOf(resource.rules);
  const byStaff = input.bookedByUserId !== null;
  const state = byStaff || rules.approval === 'instant' ? 'confirmed' : 'pending';
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        const txCtx: AppContext = { ...ctx, db: tx };
        await repo.lockResidentOnResource(tx, resource.id, input.personId);
        await repo.lockResourceShape(tx, [resource.id], 'shared');
        const closures = await repo.closuresOf(tx, agency.id, [resource.id], range.start);
        const residentBookings = await repo.residentHeldBookings(tx, agency.id, resource.id, input.personId, new Date(range.start.getTime() - LIMIT_LOOKBACK_MS));
        const links = await repo.linksOf(tx, agency.id, [resource.id]);
        const problem = bookingProblem(range, { rules, timeZone: agency.timezone, now, closures: closures.map((c) => ({ start: c.startsAt, end: c.endsAt })), residentBookings, byStaff });
        if (problem) throw new DomainError(problem, BOOKING_PROBLEMS[problem]);
        const booking = await repo.insertBooking(tx, {
          organizationId: agency.id, resourceId: resource.id, personId: input.personId, bookedByUserId: input.bookedByUserId,
          startsAt: range.start, endsAt: range.end, state, note: input.note, createdAt: now, updatedAt: now,
          ...(byStaff ? { decidedById: input.bookedByUserId, decidedAt: now } : {}),
        });
        // Keys in one order everywhere, so two bookings wait for each other in one direction.
        await repo.insertLocks(tx, booking.id, lockKeys(resource.id, links).sort(), heldRange(range, rules.bufferMinutes));
        await queueBookingEmail(txCtx, { template: state === 'confirmed' ? 'booking_confirmed' : 'booking_pending', booking, resource, agency });
        await queueWebhookEvents(tx, txCtx, [bookingCreatedEvent(booking, resource)]);
        return booking;
      });
    } catch (error) {
      if (isExclusionViolation(error)) throw new DomainError(SLOT_TAKEN.code, SLOT_TAKEN.message);
      if (isDeadlock(error) && attempt < DEADLOCK_TRIES) continue;
      throw error;
    }
  }
}
