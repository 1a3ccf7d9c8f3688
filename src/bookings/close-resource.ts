// A manager closes a resource for a period (works, an event, DOMAIN.md §15). Decided: closing
// cancels the pending and confirmed bookings inside the period — what a manager closing a room
// expects — and tells each resident (booking_cancelled, with the closure's reason), in the same
// transaction as the closure. A closure concerns that resource only: a hall's halves stay open
// unless closed too. Removing a closure reopens the period (cancelled bookings stay cancelled).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';
import { changeBookingIn } from './change-booking.ts';

export async function closeResource(ctx: AppContext, actor: Actor, id: string, input: { startsAt: string; endsAt: string; reason: string }) {
  const agency = await staffAgency(ctx, actor);
  await ownResource(ctx, actor.organizationId, id);
  const range = { start: new Date(input.startsAt), end: new Date(input.endsAt) };
  if (!(range.end > range.start)) throw new DomainError('invalid_period', 'A closed period ends after it starts.');
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('validation_failed', 'Say why the resource closes: the residents whose bookings are cancelled read it.', [{ in: 'body', field: 'reason', message: 'is empty' }]);
  return ctx.db.transaction(async (tx) => {
    const txCtx: AppContext = { ...ctx, db: tx };
    // A booking being written on the resource commits first (and is cancelled below), or waits and sees the closure.
    await repo.lockResourceShape(tx, [id], 'exclusive');
    const closure = await repo.insertClosure(tx, {
      organizationId: actor.organizationId, resourceId: id, startsAt: range.start, endsAt: range.end, reason, createdById: actor.userId, createdAt: ctx.clock.now(),
    });
    const inside = await repo.heldBookingsWithin(tx, actor.organizationId, id, range);
    for (const booking of inside) await changeBookingIn(txCtx, agency, booking.id, { action: 'cancel', userId: actor.userId, reason });
    return { closure, cancelled: inside.map((b) => b.id) };
  });
}

export async function reopenResource(ctx: AppContext, actor: Actor, id: string, closureId: string): Promise<void> {
  await staffAgency(ctx, actor);
  await ownResource(ctx, actor.organizationId, id);
  if (!(await repo.deleteClosure(ctx.db, actor.organizationId, id, closureId))) throw notFound('Closed period');
}
