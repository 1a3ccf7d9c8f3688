// An app admin registers a webhook: its URL checked, a new signing secret made, kept sealed, and
// answered this once (the list never shows it again: renewing makes a new one).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { sealSecret } from '../channels/sealed-secret.ts';
import { checkWebhookUrl } from './check-webhook-url.ts';
import { insertWebhook, type WebhookRow } from '../db/repositories/webhooks.ts';
import { WEBHOOK_SECRET_LABEL } from './deliver-webhook.ts';
import { newWebhookSecret } from './webhook-signature.ts';
import type { WebhookInput } from './webhook-input.ts';

/** A new secret, sealed for the database, and its hint. */
export function makeSecret(ctx: AppContext): { secret: string; secretSealed: string; secretHint: string } {
  const secret = newWebhookSecret();
  return { secret, secretSealed: sealSecret(ctx.secret, WEBHOOK_SECRET_LABEL, secret), secretHint: secret.slice(-4) };
}

export async function createWebhook(ctx: AppContext, actor: Actor, input: WebhookInput): Promise<{ webhook: WebhookRow; secret: string }> {
  const url = checkWebhookUrl(input.url, ctx.config.webhooks.privateHosts);
  const { secret, secretSealed, secretHint } = makeSecret(ctx);
  const now = ctx.clock.now();
  const webhook = await insertWebhook(ctx.db, {
    organizationId: actor.organizationId, url, description: input.description?.trim() ?? '', eventTypes: [...new Set(input.eventTypes)],
    secretSealed, secretHint, createdBy: actor.userId, createdAt: now, updatedAt: now,
  });
  return { webhook, secret };
}
