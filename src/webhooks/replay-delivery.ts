// An app admin sends a delivery again (the receiver lost it, or was mended): a new delivery of the
// same event — same `id` and body, so a receiver that has it can drop it — queued now, signed
// with the webhook's current secret when it leaves. One still being tried, or whose replay is, is refused.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { hasPendingReplay, insertReplay, lockDelivery, type WebhookDeliveryRow } from '../db/repositories/webhooks.ts';

export async function replayDelivery(ctx: AppContext, actor: Actor, webhookId: string, id: string): Promise<WebhookDeliveryRow> {
  return ctx.db.transaction(async (db) => {
    // Under the original's lock, so a double click queues one replay.
    const original = await lockDelivery(db, actor.organizationId, webhookId, id);
    if (!original) throw notFound('Delivery');
    if (original.state === 'queued' || original.state === 'sending' || (await hasPendingReplay(db, original.id))) {
      throw new DomainError('delivery_in_progress', 'This delivery is still being tried; wait for its outcome before sending it again.');
    }
    const replay = await insertReplay(db, original, ctx.clock.now());
    await ctx.jobs?.enqueueDeliveries(db, [replay.id]);
    return replay;
  });
}
