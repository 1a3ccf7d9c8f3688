// An app admin changes a webhook: its URL (checked again), description, event types, or switches
// it off or on. Switched on again, its failures in a row start from zero and the deliveries that
// waited leave.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { checkWebhookUrl } from './check-webhook-url.ts';
import { findWebhook, updateWebhook, type NewWebhook, type WebhookRow } from '../db/repositories/webhooks.ts';
import type { WebhookPatch } from './webhook-input.ts';

export async function changeWebhook(ctx: AppContext, actor: Actor, id: string, input: WebhookPatch): Promise<WebhookRow> {
  const current = await findWebhook(ctx.db, actor.organizationId, id);
  if (!current) throw notFound('Webhook');
  const now = ctx.clock.now();
  const patch: Partial<NewWebhook> = { updatedAt: now };
  if (input.url !== undefined) patch.url = checkWebhookUrl(input.url, ctx.config.webhooks.privateHosts);
  if (input.description !== undefined) patch.description = input.description.trim();
  if (input.eventTypes !== undefined) patch.eventTypes = [...new Set(input.eventTypes)];
  if (input.active === false && current.active) Object.assign(patch, { active: false, disabledReason: 'admin', disabledAt: now });
  if (input.active === true && !current.active) Object.assign(patch, { active: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null });
  const updated = await updateWebhook(ctx.db, actor.organizationId, id, patch);
  if (!updated) throw notFound('Webhook');
  if (input.active === true && !current.active) await ctx.jobs?.enqueueDeliveries(ctx.db, [updated.id]);
  return updated;
}
