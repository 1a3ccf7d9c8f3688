// The automation pass's booking reminders (runAutomation): each confirmed booking starting within
// REMINDER_HOURS_BEFORE hours gets one booking_reminder email with its .ics — unless it was
// confirmed within that time (its confirmation carried the .ics just before). Each batch locks the
// bookings it reminds (SKIP LOCKED) and marks reminderSentAt in the same transaction as the email
// (which also has a dedupe key per booking): a rerun or a second worker never sends one twice.
import type { AppContext } from '../context.ts';
import { REMINDER_HOURS_BEFORE } from '../domain/bookings/booking-states.ts';
import { findOrganization } from '../db/repositories/users.ts';
import * as repo from '../db/repositories/bookings.ts';
import { queueBookingEmail } from './booking-emails.ts';
import type { Agency } from './booking-access.ts';

export async function sendBookingReminders(ctx: AppContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3_600_000);
  const agencies = new Map<string, Agency>();
  let sent = 0;
  for (;;) {
    let claimed = 0;
    await ctx.db.transaction(async (tx) => {
      const txCtx: AppContext = { ...ctx, db: tx };
      const due = await repo.lockDueReminders(tx, now, until, REMINDER_HOURS_BEFORE, batchSize);
      claimed = due.length;
      for (const booking of due) {
        let agency = agencies.get(booking.organizationId);
        if (!agency) {
          const organization = (await findOrganization(tx, booking.organizationId))!;
          agency = { id: organization.id, name: organization.name, timezone: organization.timezone };
          agencies.set(agency.id, agency);
        }
        await repo.updateBooking(tx, booking.organizationId, booking.id, { reminderSentAt: now });
        const resource = (await repo.findResource(tx, booking.organizationId, booking.resourceId))!;
        await queueBookingEmail(txCtx, { template: 'booking_reminder', booking, resource, agency });
        sent++;
      }
    });
    if (claimed < batchSize) break;
  }
  return sent;
}
