// The portal's account emails (invitation, reminder, sign-in link, password reset), queued in the
// outbox like a staff reset email: the stored email holds a placeholder, and the link's secret is
// minted when the email leaves — a fresh one each time, set on the portal secret the email is for
// (its row made when it was asked, with a hash nobody holds). So the outbox never shows a usable
// link, and only the last email sent for a secret opens it.
import type { AppContext } from '../context.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import type { Language } from '../domain/master-data.ts';
import { insertOutboxMessages } from '../db/repositories/outbox.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { findPortalToken, rotateLiveToken } from '../db/repositories/portal-accounts.ts';
import { renderTemplate } from '../messages/render-template.ts';
import { newSecret, hashSecret } from '../auth/secrets.ts';

export const PORTAL_EMAIL_TEMPLATES = ['portal_invitation', 'portal_invitation_reminder', 'portal_sign_in_link', 'portal_password_reset'] as const;
export type PortalEmailTemplate = (typeof PORTAL_EMAIL_TEMPLATES)[number];

/** The portal page each email's link opens. */
const PAGE: Record<PortalEmailTemplate, string> = {
  portal_invitation: 'register',
  portal_invitation_reminder: 'register',
  portal_sign_in_link: 'enter',
  portal_password_reset: 'reset',
};

export const portalLink = (publicUrl: string, template: PortalEmailTemplate, secret: string) => `${publicUrl}/portal/${PAGE[template]}?token=${secret}`;
export const PORTAL_LINK_PLACEHOLDER = (publicUrl: string, template: PortalEmailTemplate) => portalLink(publicUrl, template, '••••••••');

export function isPortalEmail(template: string): template is PortalEmailTemplate {
  return (PORTAL_EMAIL_TEMPLATES as readonly string[]).includes(template);
}

/** Writes one portal email for the secret `tokenId` to the outbox and queues its delivery. */
export async function queuePortalEmail(
  ctx: AppContext,
  input: { organizationId: string; template: PortalEmailTemplate; language: Language; recipientName: string; email: string; tokenId: string; personId: string; reminderCount?: number },
): Promise<void> {
  const organization = (await findOrganization(ctx.db, input.organizationId))!;
  const language = input.language === 'en' ? 'en' : 'fr';
  const link = PORTAL_LINK_PLACEHOLDER(ctx.config.publicUrl, input.template);
  const override = await findTemplateOverride(ctx.db, input.organizationId, { key: input.template, channel: 'email', language });
  const rendered = await renderTemplate({
    key: input.template, channel: 'email', language,
    source: override ? { subject: override.subject, body: override.body } : undefined,
    variables: { recipient: { name: input.recipientName }, agency: { name: organization.name }, link, reminder: { count: input.reminderCount } },
  });
  const [written] = await insertOutboxMessages(ctx.db, [{
    organizationId: input.organizationId, channel: 'email', template: input.template, language,
    recipientName: input.recipientName, recipients: [input.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null,
    withLink: 'yes', state: ctx.transports.mailer ? 'queued' : 'held', createdAt: ctx.clock.now(),
    meta: { portalTokenId: input.tokenId, personId: input.personId },
  }]);
  if (written?.state === 'queued') await ctx.jobs?.enqueueDeliveries(ctx.db, [written.id]);
}

/** The link of a portal email, minted as it leaves; '' when its secret was used, revoked or expired meanwhile. */
export async function mintPortalLink(ctx: AppContext, row: OutboxRow & { template: PortalEmailTemplate }): Promise<string> {
  const tokenId = typeof row.meta.portalTokenId === 'string' ? row.meta.portalTokenId : undefined;
  const token = tokenId ? await findPortalToken(ctx.db, tokenId) : undefined;
  if (!token || token.organizationId !== row.organizationId) return '';
  const secret = newSecret();
  const live = await rotateLiveToken(ctx.db, token.id, hashSecret(secret), ctx.clock.now());
  return live ? portalLink(ctx.config.publicUrl, row.template, secret) : '';
}
