// A webhook's deliveries, newest first, each with its tries (the receiver's status and the start
// of its answer), and one delivery with its body.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import type { WebhookDeliveryState } from '../domain/webhooks/delivery-rules.ts';
import { attemptsOf, findDelivery, findWebhook, listDeliveries, type WebhookAttemptRow, type WebhookDeliveryRow } from '../db/repositories/webhooks.ts';
import type { Page } from '../db/pagination.ts';

export type DeliveryWithAttempts = WebhookDeliveryRow & { tries: WebhookAttemptRow[] };

async function withAttempts(ctx: AppContext, rows: WebhookDeliveryRow[]): Promise<DeliveryWithAttempts[]> {
  const attempts = await attemptsOf(ctx.db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, tries: attempts.filter((a) => a.deliveryId === row.id) }));
}

export async function deliveriesOfWebhook(ctx: AppContext, actor: Actor, webhookId: string, query: { state?: WebhookDeliveryState; limit: number; cursor?: string }): Promise<Page<DeliveryWithAttempts>> {
  if (!(await findWebhook(ctx.db, actor.organizationId, webhookId))) throw notFound('Webhook');
  const page = await listDeliveries(ctx.db, { organizationId: actor.organizationId, webhookId, ...query });
  return { items: await withAttempts(ctx, page.items), nextCursor: page.nextCursor };
}

export async function deliveryOfWebhook(ctx: AppContext, actor: Actor, webhookId: string, id: string): Promise<DeliveryWithAttempts> {
  const row = await findDelivery(ctx.db, actor.organizationId, webhookId, id);
  if (!row) throw notFound('Delivery');
  return (await withAttempts(ctx, [row]))[0]!;
}
