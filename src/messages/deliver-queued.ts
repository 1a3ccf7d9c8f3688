// Delivers every queued message now, without the job queue: what the test clock runs after the
// automation, so that a test sees the messages leave at the time it set (retry delays do not apply).
import type { AppContext } from '../context.ts';
import { queuedMessageIds } from '../db/repositories/outbox.ts';
import { deliverMessage } from './deliver-message.ts';

/** Sends the queued messages; returns how many left and how many failed (they stay queued for a retry). */
export async function deliverQueued(ctx: AppContext): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const id of await queuedMessageIds(ctx.db, 5000)) {
    const outcome = await deliverMessage(ctx, id);
    if (outcome === 'sent') sent++;
    else if (outcome === 'retrying' || outcome === 'failed') failed++;
  }
  return { sent, failed };
}
