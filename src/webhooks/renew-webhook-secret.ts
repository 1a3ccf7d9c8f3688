// A new signing secret for a webhook (the old one leaked, or was lost): answered once; deliveries
// from now on are signed with it, a retry of an older event included.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { updateWebhook, type WebhookRow } from '../db/repositories/webhooks.ts';
import { makeSecret } from './create-webhook.ts';

export async function renewWebhookSecret(ctx: AppContext, actor: Actor, id: string): Promise<{ webhook: WebhookRow; secret: string }> {
  const { secret, secretSealed, secretHint } = makeSecret(ctx);
  const webhook = await updateWebhook(ctx.db, actor.organizationId, id, { secretSealed, secretHint, updatedAt: ctx.clock.now() });
  if (!webhook) throw notFound('Webhook');
  return { webhook, secret };
}
