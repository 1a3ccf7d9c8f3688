// The automation pass's reminders of invitations not taken up: INVITATION_REMINDER.afterDays after
// the invitation (or the previous reminder), at most INVITATION_REMINDER.max times, while the link
// is valid. Each batch locks the invitations it reminds and counts the reminder in the same
// transaction as the email it queues: a second worker or a rerun never sends one twice.
import type { AppContext } from '../context.ts';
import { INVITATION_REMINDER } from '../domain/portal/portal-codes.ts';
import { countReminder, findPerson, lockDueInvitationReminders } from '../db/repositories/portal-accounts.ts';
import { sendInvitationReminder } from './send-invitation.ts';

export async function sendInvitationReminders(ctx: AppContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  const before = new Date(now.getTime() - INVITATION_REMINDER.afterDays * 24 * 3_600_000);
  let sent = 0;
  for (;;) {
    let claimed = 0;
    await ctx.db.transaction(async (tx) => {
      const txCtx: AppContext = { ...ctx, db: tx };
      const due = await lockDueInvitationReminders(tx, before, now, INVITATION_REMINDER.max, batchSize);
      claimed = due.length;
      for (const invitation of due) {
        const person = invitation.personId ? await findPerson(tx, invitation.organizationId, invitation.personId) : undefined;
        if (!person) {
          await countReminder(tx, invitation.id, now);
          continue;
        }
        if (await sendInvitationReminder(txCtx, person, invitation)) sent++;
      }
    });
    if (claimed < batchSize) break;
  }
  return sent;
}
