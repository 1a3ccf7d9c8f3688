// Sends one message of the outbox: mints the party's personal link (the outbox keeps only a
// placeholder), hands the message to SMTP or the SMS provider, and records the outcome under the
// worker's lease. A failure is tried again later; the last one leaves it `failed` with the
// provider's reason for the outbox screen.
import type { AppContext } from '../context.ts';
import { randomUUID } from 'node:crypto';
import { replyAddress } from '../inbound/reply-address.ts';
import { claimMessage, finishDelivery, requeueMessage, type OutboxRow } from '../db/repositories/outbox.ts';
import { findTicketById } from '../db/repositories/tickets.ts';
import { partiesOf } from '../db/repositories/tickets.ts';
import { mintLink } from '../exchange/links.ts';
import { LINK_PLACEHOLDER } from './link-placeholder.ts';
import { mintResetLink, RESET_LINK_PLACEHOLDER } from '../auth/password-reset.ts';
import { isPortalEmail, mintPortalLink, PORTAL_LINK_PLACEHOLDER } from '../portal/portal-emails.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { defaultAttachmentsOf, FIRST_REQUEST_TEMPLATES } from '../settings/default-attachments.ts';
import { reportPdfById } from '../reports/report-pdf-file.ts';
import { REPORT_COPY_TEMPLATE } from '../reports/email-report-copy.ts';

export class DeliveryError extends Error {}

/** The agency's default attachments, read from storage (sent with first requests). */
async function defaultAttachmentFiles(ctx: AppContext, organizationId: string) {
  const organization = await findOrganization(ctx.db, organizationId);
  const files = [];
  for (const file of defaultAttachmentsOf(organization?.settings ?? {})) {
    const chunks: Buffer[] = [];
    for await (const chunk of await ctx.files.get(file.storageKey)) chunks.push(chunk as Buffer);
    files.push({ filename: file.filename, contentType: file.contentType, content: Buffer.concat(chunks) });
  }
  return files;
}

function mailDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'gardien.invalid';
}

/** How long a worker holds a message it sends before another may take it (renewed while it lives). */
export const LEASE_SECONDS = 30;
/** The longest wait between two tries of a failing message. */
const MAX_RETRY_DELAY_SECONDS = 3600;

/** What happens to a message whose send failed: retried with backoff until the last try, or kept queued as it is. */
export type FailurePolicy = { retries: number; retrySeconds: number } | 'stay-queued';

export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'lost';

/** The text to send: the placeholder replaced by the party's personal link, minted now. */
async function withLink(ctx: AppContext, row: OutboxRow): Promise<{ text: string; html: string | null; ticketNumber: number | null }> {
  // A staff member's password reset link: a new single-use secret each time the email leaves.
  if (row.template === 'password_reset') {
    const link = row.withLink ? await mintResetLink(ctx, row) : '';
    const placeholder = RESET_LINK_PLACEHOLDER(ctx.config.publicUrl);
    return { text: row.text.replaceAll(placeholder, link), html: row.html?.replaceAll(placeholder, link) ?? null, ticketNumber: null };
  }
  // A resident's portal account email: its secret minted now, a fresh one each time it leaves.
  const template = row.template;
  if (isPortalEmail(template)) {
    const link = row.withLink ? await mintPortalLink(ctx, { ...row, template }) : '';
    const placeholder = PORTAL_LINK_PLACEHOLDER(ctx.config.publicUrl, template);
    return { text: row.text.replaceAll(placeholder, link), html: row.html?.replaceAll(placeholder, link) ?? null, ticketNumber: null };
  }
  let link = '';
  const ticket = row.ticketId ? await findTicketById(ctx.db, row.ticketId) : undefined;
  if (row.withLink && ticket && !ticket.closedAt) {
    const party = row.partyId ? (await partiesOf(ctx.db, ticket.id)).find((p) => p.id === row.partyId) : undefined;
    // Only contractors and approvers have a page to answer on.
    if (row.dispatchId || party?.role === 'approver') {
      link = await mintLink(ctx.db, { publicUrl: ctx.config.publicUrl, linkDays: ctx.config.linkDays }, { organizationId: row.organizationId, ticketId: ticket.id, dispatchId: row.dispatchId, partyId: party?.id }, ctx.clock.now());
    }
  }
  const placeholder = LINK_PLACEHOLDER(ctx.config.publicUrl);
  return { text: row.text.replaceAll(placeholder, link), html: row.html?.replaceAll(placeholder, link) ?? null, ticketNumber: ticket?.number ?? null };
}

/** The files an email carries, read when it leaves: the agency's default attachments with first
 * requests, a report's PDF with its copy to the author. */
async function attachmentsOf(ctx: AppContext, row: OutboxRow) {
  if (FIRST_REQUEST_TEMPLATES.includes(row.template)) return defaultAttachmentFiles(ctx, row.organizationId);
  if (row.template === REPORT_COPY_TEMPLATE && typeof row.meta.reportId === 'string') {
    const pdf = await reportPdfById(ctx.db, row.organizationId, row.meta.reportId);
    return pdf ? [{ filename: pdf.filename, contentType: 'application/pdf', content: pdf.content }] : [];
  }
  return [];
}

/** Hands the message to SMTP or the SMS provider; returns the provider's id and the Message-ID. */
async function send(ctx: AppContext, row: OutboxRow): Promise<{ providerId: string; messageId: string | null }> {
  const { text, html, ticketNumber } = await withLink(ctx, row);
  if (row.channel === 'email') {
    const mailer = ctx.transports.mailer;
    if (!mailer) throw new DeliveryError('No SMTP server is configured (SMTP_URL).');
    const domain = mailDomain(ctx.config.mailFrom);
    const attachments = await attachmentsOf(ctx, row);
    // The Message-ID is the outbox row's: the same message always carries the same one.
    const messageId = `<${row.id}@${domain}>`;
    const { providerId } = await mailer.send({
      from: ctx.config.mailFrom,
      to: row.recipients,
      replyTo: ticketNumber ? replyAddress(ctx.config.mailFrom, ctx.secret, ticketNumber, row.organizationId) : undefined,
      subject: row.subject ?? '',
      text,
      html: html ?? undefined,
      ics: row.ics ?? undefined,
      messageId,
      references: row.ticketId ? [`<ticket-${row.ticketId}@${domain}>`] : [],
      attachments,
    });
    return { providerId, messageId };
  }
  const sms = ctx.transports.sms;
  if (!sms) throw new DeliveryError('No SMS provider is configured (SMS_PROVIDER).');
  const { providerId } = await sms.send(row.recipients[0] ?? '', text);
  return { providerId, messageId: null };
}

/**
 * Sends a message this worker (`owner`) has claimed, and records the outcome under its lease:
 * `sent` is final (a sent message is never claimed again); a failure is retried with backoff and
 * ends `failed` with the provider's reason after the last try. `lost`: the lease had ended and
 * another worker owns the message now, so nothing is recorded over its work.
 */
export async function deliverClaimed(ctx: AppContext, row: OutboxRow, owner: string, policy: FailurePolicy): Promise<DeliveryOutcome> {
  let result: { providerId: string; messageId: string | null };
  try {
    result = await send(ctx, row);
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    if (policy === 'stay-queued') return (await requeueMessage(ctx.db, row.id, owner, 0, { lastError })) ? 'retrying' : 'lost';
    if (row.retries >= policy.retries) return (await finishDelivery(ctx.db, row.id, owner, { state: 'failed', lastError })) ? 'failed' : 'lost';
    const delay = Math.min(policy.retrySeconds * 2 ** row.retries, MAX_RETRY_DELAY_SECONDS);
    return (await requeueMessage(ctx.db, row.id, owner, delay, { lastError, retries: row.retries + 1 })) ? 'retrying' : 'lost';
  }
  const recorded = await finishDelivery(ctx.db, row.id, owner, { state: 'sent', sentAt: ctx.clock.now(), providerId: result.providerId, messageId: result.messageId, lastError: null });
  return recorded ? 'sent' : 'lost';
}

/** Delivers one message now, whether due or not (the test clock's pass); a failure keeps it queued. */
export async function deliverMessage(ctx: AppContext, id: string): Promise<DeliveryOutcome | 'skipped'> {
  const owner = randomUUID();
  const row = await claimMessage(ctx.db, id, owner, LEASE_SECONDS);
  if (!row) return 'skipped';
  return deliverClaimed(ctx, row, owner, 'stay-queued');
}
