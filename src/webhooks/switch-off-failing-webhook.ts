// A webhook whose receiver failed WEBHOOK_RULES.disableAfterFailures tries in a row, for an hour
// at least, is switched off, in the transaction that records the last failed try, and the agency's app admins are told
// by email (template webhook_disabled). Its waiting deliveries stay queued: they leave when an
// admin switches it on again.
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../context.ts';
import type { Language } from '../domain/master-data.ts';
import { shouldSwitchOff } from '../domain/webhooks/delivery-rules.ts';
import { appAdminsOf, updateWebhook, type WebhookRow } from '../db/repositories/webhooks.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { insertOutboxMessages } from '../db/repositories/outbox.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { renderTemplate } from '../messages/render-template.ts';

export const WEBHOOK_DISABLED_TEMPLATE = 'webhook_disabled';

/** The cockpit's page of the agency's webhooks. */
export const webhooksPageUrl = (publicUrl: string) => `${publicUrl}/admin/webhooks`;

/** Switches `hook` off when it failed too often for too long; returns whether it did. */
export async function switchOffIfFailing(db: Db, ctx: AppContext, hook: WebhookRow, lastError: string): Promise<boolean> {
  const now = ctx.clock.now();
  if (!hook.active || !shouldSwitchOff(hook.consecutiveFailures, hook.failingSince, now)) return false;
  await updateWebhook(db, hook.organizationId, hook.id, { active: false, disabledReason: 'failures', disabledAt: now, updatedAt: now });
  const organization = await findOrganization(db, hook.organizationId);
  const admins = await appAdminsOf(db, hook.organizationId);
  const rows = [];
  for (const admin of admins) {
    const language: Language = admin.language === 'en' ? 'en' : 'fr';
    const override = await findTemplateOverride(db, hook.organizationId, { key: WEBHOOK_DISABLED_TEMPLATE, channel: 'email', language });
    const rendered = await renderTemplate({
      key: WEBHOOK_DISABLED_TEMPLATE, channel: 'email', language,
      source: override ? { subject: override.subject, body: override.body } : undefined,
      variables: {
        recipient: { name: admin.name }, agency: { name: organization?.name ?? '' },
        webhook: { url: hook.url, failures: hook.consecutiveFailures, error: lastError }, link: webhooksPageUrl(ctx.config.publicUrl),
      },
    });
    rows.push({
      organizationId: hook.organizationId, channel: 'email' as const, template: WEBHOOK_DISABLED_TEMPLATE, language,
      recipientName: admin.name, recipients: [admin.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null,
      state: ctx.transports.mailer ? ('queued' as const) : ('held' as const), createdAt: now,
      dedupeKey: `webhook_disabled:${hook.id}:${now.toISOString()}:${admin.id}`, meta: { webhookId: hook.id, userId: admin.id },
    });
  }
  const written = await insertOutboxMessages(db, rows);
  const queued = written.filter((w) => w.state === 'queued').map((w) => w.id);
  if (queued.length > 0) await ctx.jobs?.enqueueDeliveries(db, queued);
  return true;
}
