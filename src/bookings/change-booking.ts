// A booking's state changes (domain/bookings/booking-transitions.ts): a manager approves or
// refuses a pending one (with a reason said to the resident); the resident cancels theirs up to
// the resource's deadline (after it 409 booking_cancel_too_late), a manager cancels any. The row
// is locked, its state changed, its locks deleted when it stops holding the slot, and the
// resident's email queued — all in one transaction.
import type { AppContext } from '../context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { BOOKING_TRANSITIONS, CANCEL_TOO_LATE, nextBookingState, type BookingAction } from '../domain/bookings/booking-transitions.ts';
import { HOLDS_SLOT } from '../domain/bookings/booking-states.ts';
import { mayCancel } from '../domain/bookings/booking-rules.ts';
import { resourceRulesOf } from '../domain/bookings/resource-rules.ts';
import * as repo from '../db/repositories/bookings.ts';
import { queueBookingEmail, type BookingTemplate } from './booking-emails.ts';
import { queueWebhookEvents } from '../webhooks/queue-webhook-deliveries.ts';
import { bookingChangedEvent } from '../webhooks/community-webhook-events.ts';
import type { Agency } from './booking-access.ts';

const TEMPLATE: Record<BookingAction, BookingTemplate> = { approve: 'booking_confirmed', refuse: 'booking_refused', cancel: 'booking_cancelled' };

export interface BookingChange {
  action: BookingAction;
  reason?: string | null;
  /** The manager deciding; null: the resident themselves (only `cancel`, only theirs). */
  userId: string | null;
  /** The resident cancelling: the booking must be theirs. */
  personId?: string;
}

/** Changes the booking in `tx`; returns it as it is now. */
export async function changeBookingIn(ctx: AppContext, agency: Agency, id: string, change: BookingChange): Promise<repo.BookingRow> {
  const booking = await repo.findBooking(ctx.db, agency.id, id, { forUpdate: true });
  if (!booking || (change.personId !== undefined && booking.personId !== change.personId)) throw notFound('Booking');
  const next = nextBookingState(booking.state, change.action);
  if (!next) throw new DomainError(BOOKING_TRANSITIONS[change.action].refusal.code, BOOKING_TRANSITIONS[change.action].refusal.message, { state: booking.state });
  const resource = (await repo.findResource(ctx.db, agency.id, booking.resourceId))!;
  const now = ctx.clock.now();
  if (change.action !== 'cancel' && booking.endsAt <= now) throw new DomainError('booking_already_ended', 'This booking’s time has passed.');
  if (change.action === 'cancel' && change.userId === null && !mayCancel(booking.startsAt, resourceRulesOf(resource.rules), now)) {
    throw new DomainError(CANCEL_TOO_LATE.code, CANCEL_TOO_LATE.message, { cancelHoursBefore: resourceRulesOf(resource.rules).cancelHoursBefore });
  }
  const changed = (await repo.updateBooking(ctx.db, agency.id, id, {
    state: next, updatedAt: now,
    ...(change.reason !== undefined ? { reason: change.reason?.trim() || null } : {}),
    ...(change.action === 'cancel' ? { cancelledAt: now } : {}),
    ...(change.userId ? { decidedById: change.userId, decidedAt: now } : {}),
  }))!;
  if (!HOLDS_SLOT[next]) await repo.deleteLocks(ctx.db, id);
  // A booking that ended long ago is cancelled silently (nothing to tell).
  if (changed.endsAt > now) await queueBookingEmail(ctx, { template: TEMPLATE[change.action], booking: changed, resource, agency });
  await queueWebhookEvents(ctx.db, ctx, [bookingChangedEvent(changed, resource, change.action, booking.state)]);
  return changed;
}

export async function changeBooking(ctx: AppContext, agency: Agency, id: string, change: BookingChange): Promise<repo.BookingRow> {
  return ctx.db.transaction((tx) => changeBookingIn({ ...ctx, db: tx }, agency, id, change));
}
