// An app admin sends a delivery again (the receiver lost it, or was mended): a new delivery of the
// same event — same `id` and body, so a receiver that has it can drop it — queued now, signed
// with the webhook's current secret when it leaves. One still being tried is refused.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { findDelivery, insertReplay, type WebhookDeliveryRow } from '../db/repositories/webhooks.ts';

export async function replayDelivery(ctx: AppContext, actor: Actor, webhookId: string, id: string): Promise<WebhookDeliveryRow> {
  const original = await findDelivery(ctx.db, actor.organizationId, webhookId, id);
  if (!original) throw notFound('Delivery');
  if (original.state === 'queued' || original.state === 'sending') {
    throw new DomainError('delivery_in_progress', 'This delivery is still being tried; wait for its outcome before sending it again.');
  }
  const replay = await insertReplay(ctx.db, original, ctx.clock.now());
  await ctx.jobs?.enqueueDeliveries(ctx.db, [replay.id]);
  return replay;
}
