// An app admin removes a webhook: it goes with its deliveries and their tries.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { deleteWebhook } from '../db/repositories/webhooks.ts';

export async function removeWebhook(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!(await deleteWebhook(ctx.db, actor.organizationId, id))) throw notFound('Webhook');
}
