// One pass of the webhook worker: claims due deliveries (SKIP LOCKED, under a lease of `owner`),
// tries them all at once, records each. The worker runs passes in a loop; the test clock runs one
// after moving time.
import type { AppContext } from '../context.ts';
import { WEBHOOK_RULES } from '../domain/webhooks/delivery-rules.ts';
import { claimDueDeliveries, webhooksByIds } from '../db/repositories/webhooks.ts';
import { deliverWebhook, type TryOutcome } from './deliver-webhook.ts';

export type PassCounts = Record<TryOutcome, number>;

/** Claims and sends up to `limit` due deliveries; returns what became of them. */
export async function deliverDueWebhooks(ctx: AppContext, owner: string, limit = 10): Promise<PassCounts> {
  const counts: PassCounts = { delivered: 0, retrying: 0, failed: 0, lost: 0 };
  const claimed = await claimDueDeliveries(ctx.db, owner, limit, ctx.clock.now(), WEBHOOK_RULES.leaseSeconds);
  if (claimed.length === 0) return counts;
  const hooks = new Map((await webhooksByIds(ctx.db, [...new Set(claimed.map((d) => d.webhookId))])).map((h) => [h.id, h]));
  const outcomes = await Promise.allSettled(claimed.map((delivery) => {
    const hook = hooks.get(delivery.webhookId);
    // Removed since the claim: its deliveries went with it.
    return hook ? deliverWebhook(ctx, hook, delivery, owner) : Promise.resolve('lost' as const);
  }));
  // A try whose record could not be written (the database gone) is not lost: its lease ends and
  // another pass tries it again. The others' records stand.
  for (const outcome of outcomes) counts[outcome.status === 'fulfilled' ? outcome.value : 'lost']++;
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failed && outcomes.every((o) => o.status === 'rejected')) throw (failed as PromiseRejectedResult).reason;
  return counts;
}
