// Sends one message of the outbox: mints the party's personal link (the outbox keeps only a
// placeholder), hands the message to SMTP or the SMS provider, and records the outcome. A job
// retries it on failure; the last failure leaves it `failed` with the error for the outbox screen.
import type { AppContext } from '../context.ts';
import { createHmac } from 'node:crypto';
import { lockOutboxMessage, updateOutboxMessage, type OutboxRow } from '../db/repositories/outbox.ts';
import { findTicketById } from '../db/repositories/tickets.ts';
import { partiesOf } from '../db/repositories/tickets.ts';
import { mintLink } from '../parties/links.ts';
import { LINK_PLACEHOLDER } from './link-placeholder.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { defaultAttachmentsOf, FIRST_REQUEST_TEMPLATES } from '../settings/default-attachments.ts';

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

/** The per-ticket reply address: replies come back to the ticket's thread (plus-addressing, signed). */
export function replyAddress(from: string, secret: string, ticketNumber: number, organizationId: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const [local, domain] = address.split('@');
  const signature = createHmac('sha256', secret).update(`${organizationId}:${ticketNumber}`).digest('hex').slice(0, 10);
  return `${local}+t${ticketNumber}-${signature}@${domain}`;
}

async function claim(ctx: AppContext, id: string): Promise<{ row: OutboxRow; text: string; html: string | null; ticketNumber: number | null } | undefined> {
  return ctx.db.transaction(async (db) => {
    const row = await lockOutboxMessage(db, id);
    if (!row) return undefined;
    // A message claimed by a worker that died mid-send (10 minutes ago) can be claimed again.
    const claimedAt = typeof row.meta.claimedAt === 'string' ? Date.parse(row.meta.claimedAt) : 0;
    const stale = row.state === 'sending' && ctx.clock.now().getTime() - claimedAt > 10 * 60_000;
    if (row.state !== 'queued' && !stale) return undefined;
    let link = '';
    const ticket = row.ticketId ? await findTicketById(db, row.ticketId) : undefined;
    if (row.withLink && ticket && !ticket.closedAt) {
      const party = row.partyId ? (await partiesOf(db, ticket.id)).find((p) => p.id === row.partyId) : undefined;
      // Only contractors and approvers have a page to answer on.
      if (row.dispatchId || party?.role === 'approver') {
        link = await mintLink(db, { publicUrl: ctx.config.publicUrl, linkDays: ctx.config.linkDays }, { organizationId: row.organizationId, ticketId: ticket.id, dispatchId: row.dispatchId, partyId: party?.id }, ctx.clock.now());
      }
    }
    const placeholder = LINK_PLACEHOLDER(ctx.config.publicUrl);
    await updateOutboxMessage(db, row.id, { state: 'sending', attempts: row.attempts + 1, meta: { ...row.meta, claimedAt: ctx.clock.now().toISOString() } });
    return { row, text: row.text.replaceAll(placeholder, link), html: row.html?.replaceAll(placeholder, link) ?? null, ticketNumber: ticket?.number ?? null };
  });
}

/** Delivers one message; `final` says this is the last try the job queue will make. */
export async function deliverMessage(ctx: AppContext, id: string, options: { final: boolean }): Promise<'sent' | 'skipped'> {
  const claimed = await claim(ctx, id);
  if (!claimed) return 'skipped';
  const { row, text, html, ticketNumber } = claimed;
  try {
    let providerId: string;
    let messageId: string | null = null;
    if (row.channel === 'email') {
      const mailer = ctx.transports.mailer;
      if (!mailer) throw new DeliveryError('No SMTP server is configured (SMTP_URL).');
      const domain = mailDomain(ctx.config.mailFrom);
      const attachments = FIRST_REQUEST_TEMPLATES.includes(row.template) ? await defaultAttachmentFiles(ctx, row.organizationId) : [];
      messageId = `<${row.id}@${domain}>`;
      ({ providerId } = await mailer.send({
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
      }));
    } else {
      const sms = ctx.transports.sms;
      if (!sms) throw new DeliveryError('No SMS provider is configured (SMS_PROVIDER).');
      ({ providerId } = await sms.send(row.recipients[0] ?? '', text));
    }
    await updateOutboxMessage(ctx.db, row.id, { state: 'sent', sentAt: ctx.clock.now(), providerId, messageId, lastError: null });
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await updateOutboxMessage(ctx.db, row.id, { state: options.final ? 'failed' : 'queued', lastError: message.slice(0, 2000) });
    throw error;
  }
}
