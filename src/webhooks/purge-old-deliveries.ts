// The daily clean-up's part for webhooks: delivered and failed deliveries older than
// WEBHOOK_RULES.keepDays go, with their tries; waiting ones stay whatever their age.
import type { AppContext } from '../context.ts';
import { WEBHOOK_RULES } from '../domain/webhooks/delivery-rules.ts';
import { purgeFinishedDeliveries } from '../db/repositories/webhooks.ts';

/** Removes them in batches; returns how many went. */
export async function purgeOldDeliveries(ctx: AppContext, batch = 5000): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - WEBHOOK_RULES.keepDays * 86_400_000);
  let total = 0;
  for (;;) {
    const removed = await purgeFinishedDeliveries(ctx.db, before, batch);
    total += removed;
    if (removed < batch) return total;
  }
}
