// The agency's webhooks with their deliveries counted by state (the cockpit's list).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { WEBHOOK_DELIVERY_STATES, type WebhookDeliveryState } from '../domain/webhooks/delivery-rules.ts';
import { deliveryCounts, findWebhook, listWebhooks, type WebhookRow } from '../db/repositories/webhooks.ts';

export type WebhookWithCounts = WebhookRow & { counts: Record<WebhookDeliveryState, number> };

const zero = () => Object.fromEntries(WEBHOOK_DELIVERY_STATES.map((s) => [s, 0])) as Record<WebhookDeliveryState, number>;

export async function webhooksOfAgency(ctx: AppContext, actor: Actor): Promise<WebhookWithCounts[]> {
  const [hooks, counts] = await Promise.all([listWebhooks(ctx.db, actor.organizationId), deliveryCounts(ctx.db, actor.organizationId)]);
  return hooks.map((hook) => {
    const mine = zero();
    for (const c of counts) if (c.webhookId === hook.id) mine[c.state] = c.count;
    return { ...hook, counts: mine };
  });
}

export async function webhookOfAgency(ctx: AppContext, actor: Actor, id: string): Promise<WebhookWithCounts> {
  const hook = await findWebhook(ctx.db, actor.organizationId, id);
  if (!hook) throw notFound('Webhook');
  const counts = zero();
  for (const c of await deliveryCounts(ctx.db, actor.organizationId)) if (c.webhookId === hook.id) counts[c.state] = c.count;
  return { ...hook, counts };
}
