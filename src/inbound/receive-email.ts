// One pipeline for every door of email (SMTP listener, HTTP endpoint, IMAP polling): the raw
// message is read, routed to its agency, recorded with its outcome (the raw kept for download),
// then ignored (automatic mail, with bounces marking failing addresses), added to its ticket as
// an answer (a reply), or made a pending request. The record and the ticket's change commit
// together, so the same message delivered twice makes one ticket.
import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { InboundDoor, InboundOutcome } from '../domain/inbound/outcomes.ts';
import type { ReadMail } from '../domain/inbound/mail.ts';
import { classifyAutomatic } from '../domain/inbound/automatic-mail.ts';
import { trimReply } from '../domain/inbound/trim-reply.ts';
import { newStorageKey } from '../channels/file-store.ts';
import { inboundByDedupeKey, ticketNumberById, type InboundMessageRow, type NewInboundMessage } from '../db/repositories/inbound.ts';
import { recordInbound } from './record-inbound.ts';
import { readMail } from './read-mail.ts';
import { routeRecipients, type InboundRoute } from './inbound-routes.ts';
import { findRepliedTicket } from './find-replied-ticket.ts';
import { addEmailAnswer } from './add-email-answer.ts';
import { applyBounce } from './apply-bounce.ts';
import { createRequests } from './create-request.ts';
import { ownMailAddress, ownMailDomain } from './own-message-ids.ts';

/** Raw messages up to this size are kept in their record's row. */
export const RAW_IN_ROW_BYTES = 1024 * 1024;

export interface ReceivedEmail {
  raw: Buffer;
  door: Extract<InboundDoor, 'smtp' | 'http' | 'imap'>;
  /** Known from the door (the HTTP endpoint's secret, the IMAP mailbox's agency). */
  organizationId?: string;
  /** The SMTP envelope's recipients (RCPT TO), when the door has them. */
  envelopeRecipients?: readonly string[];
}

export interface InboundResult {
  outcome: InboundOutcome;
  ticketNumber?: number;
  reason?: string;
  inboundMessageId?: string;
}

/** The addresses the message was for: the envelope first, then the delivery headers, To and Cc. */
function recipientsOf(mail: ReadMail | undefined, envelope: readonly string[]): string[] {
  const headers = (name: string) => (mail?.headers.get(name) ?? []).flatMap((v) => v.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? []);
  const all = [...envelope, ...headers('delivered-to'), ...headers('x-original-to'), ...headers('envelope-to'), ...(mail?.to ?? []).map((a) => a.address), ...(mail?.cc ?? []).map((a) => a.address)];
  return [...new Set(all.map((a) => a.toLowerCase()))];
}

/** The same message delivered twice (again by its server, or through two doors) has the same
 * Message-ID, sender and mailbox — and the same subject, text and files: some senders reuse one
 * Message-ID for different messages, which are not the same message. */
function dedupeKey(mail: ReadMail | undefined, raw: Buffer, mailbox: string): string {
  const content = mail ? createHash('sha256').update(`${mail.subject}\u0001${mail.text}\u0001${mail.files.map((f) => f.content.length).join(',')}`).digest('hex') : '';
  const id = mail?.messageId ? `id:${mail.messageId}:${content}` : `sha:${createHash('sha256').update(raw).digest('hex')}`;
  return createHash('sha256').update(`${id}|${mail?.from?.address ?? ''}|${mailbox}`).digest('hex');
}

/** PostgreSQL's text takes no NUL character: whatever a message carries, none is stored. */
function withoutNul(mail: ReadMail): ReadMail {
  const clean = (value: string) => value.replaceAll('\u0000', '');
  const address = <T extends { name: string | null } | null>(a: T): T => (a && a.name ? { ...a, name: clean(a.name) } : a);
  return {
    ...mail,
    subject: clean(mail.subject), text: clean(mail.text), html: mail.html === null ? null : clean(mail.html),
    from: address(mail.from), sender: address(mail.sender),
    files: mail.files.map((f) => ({ ...f, filename: clean(f.filename) })),
    refused: mail.refused.map((f) => ({ ...f, filename: clean(f.filename) })),
  };
}

/** Takes one message through the pipeline; a DomainError only for what the door should refuse
 * (no agency of ours among the recipients). */
export async function receiveEmail(ctx: AppContext, received: ReceivedEmail): Promise<InboundResult> {
  const now = ctx.clock.now();
  let mail: ReadMail | undefined;
  let unreadable: DomainError | undefined;
  try {
    mail = withoutNul(await readMail(received.raw, { maxBytes: ctx.config.inbound.maxBytes }));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    unreadable = error;
  }
  const route = await routeRecipients(ctx, recipientsOf(mail, received.envelopeRecipients ?? []), received.organizationId);
  if (!route) throw new DomainError('unknown_recipient', 'None of the recipients is an inbound address of an agency of this server.');
  const key = dedupeKey(mail, received.raw, route.mailbox);
  const earlier = await inboundByDedupeKey(ctx.db, route.organizationId, key);
  if (earlier) return duplicateOf(ctx, earlier);

  // The raw message is kept for download (not when it is over the size limit): in the record up
  // to 1 MiB, so that it commits with it; a larger one in the FileStore first.
  const tooLarge = unreadable?.code === 'message_too_large';
  const inRow = !tooLarge && received.raw.length <= RAW_IN_ROW_BYTES;
  const rawStorageKey = tooLarge || inRow ? null : newStorageKey(route.organizationId, now);
  if (rawStorageKey) await ctx.files.put(rawStorageKey, received.raw, 'message/rfc822');
  const record: NewInboundMessage = {
    id: randomUUID(), organizationId: route.organizationId, channel: 'email', door: received.door, dedupeKey: key, messageId: mail?.messageId ?? null,
    fromAddress: mail?.from?.address ?? null, fromName: mail?.from?.name ?? null, recipients: recipientsOf(mail, received.envelopeRecipients ?? []).slice(0, 20),
    subject: (mail?.subject ?? '').slice(0, 500), outcome: 'refused', raw: inRow ? received.raw : null, rawStorageKey, rawSize: received.raw.length, receivedAt: now,
    report: { notes: mail?.notes ?? [], refused: mail?.refused ?? [], kept: mail?.files.map((f) => ({ filename: f.filename, contentType: f.contentType, size: f.content.length, kind: f.kind })) ?? [] },
  };
  try {
    return await judge(ctx, received, route, record, mail, unreadable);
  } catch (error) {
    if (rawStorageKey) await ctx.files.delete(rawStorageKey).catch(() => undefined);
    if (error instanceof DuplicateMessage) {
      const again = await inboundByDedupeKey(ctx.db, route.organizationId, key);
      if (again) return duplicateOf(ctx, again);
    }
    throw error;
  }
}

class DuplicateMessage extends Error {}

async function duplicateOf(ctx: AppContext, earlier: InboundMessageRow): Promise<InboundResult> {
  const ticketNumber = earlier.ticketId ? await ticketNumberById(ctx.db, earlier.organizationId, earlier.ticketId) : undefined;
  return { outcome: earlier.outcome, ...(ticketNumber ? { ticketNumber } : {}), reason: 'duplicate', inboundMessageId: earlier.id };
}

/** Writes the record alone (ignored, refused); a conflict is the same message twice. */
async function recordOnly(ctx: AppContext, record: NewInboundMessage, outcome: InboundOutcome, reason: string, extra: Partial<NewInboundMessage> = {}): Promise<InboundResult> {
  const row = await recordInbound(ctx, ctx.db, { ...record, ...extra, outcome, reason });
  if (!row) throw new DuplicateMessage();
  return { outcome, reason, inboundMessageId: row.id };
}

async function judge(ctx: AppContext, received: ReceivedEmail, route: InboundRoute, record: NewInboundMessage, mail: ReadMail | undefined, unreadable: DomainError | undefined): Promise<InboundResult> {
  if (!mail) return recordOnly(ctx, record, 'refused', unreadable?.code ?? 'message_unreadable');
  const automatic = classifyAutomatic(mail, { messageIdDomains: [ownMailDomain(ctx.config.mailFrom)], ownAddresses: [ownMailAddress(ctx.config.mailFrom)] });
  if (automatic) {
    const bounced = automatic.kind === 'bounce' ? await applyBounce(ctx, route.organizationId, mail) : [];
    return recordOnly(ctx, record, 'ignored', automatic.kind, bounced.length ? { report: { ...record.report, bounced } } : {});
  }
  const sender = mail.from ?? mail.sender ?? mail.replyTo[0] ?? null;
  if (!sender) return recordOnly(ctx, record, 'refused', 'no_sender');
  if (!mail.text.trim() && mail.files.length === 0 && !mail.subject.trim()) return recordOnly(ctx, record, 'refused', 'empty_message');

  const replied = await findRepliedTicket(ctx, route, mail, sender.address);
  // A reply shows without its quoted history and signature; a new request shows whole (a
  // forwarded message's history is the request).
  const { shown, trimmed } = replied ? trimReply(mail.text, mail.subject) : { shown: mail.text.trim(), trimmed: false };
  if (replied) {
    const answer = await addEmailAnswer(ctx, {
      organizationId: route.organizationId, ticketNumber: replied.number, sender, mail, shown, trimmed, inboundMessageId: record.id!,
      record: (db, ticketId, eventId) => recordInbound(ctx, db, { ...record, outcome: 'answer_added', reason: replied.by, ticketId, eventId }),
    });
    if (answer === 'duplicate') throw new DuplicateMessage();
    if (answer) return { outcome: 'answer_added', ticketNumber: replied.number, reason: replied.by, inboundMessageId: answer.inboundMessageId };
    // The ticket is closed: the reply opens a new request that names it.
  }
  let inboundMessageId: string | undefined;
  const [created] = await createRequests(ctx, [{
    organizationId: route.organizationId, source: 'email', channel: 'email',
    sender: { name: sender.name, email: sender.address, phone: null },
    propertyId: route.propertyId ?? null, assigneeId: route.assigneeId ?? null,
    subject: mail.subject, description: replied ? `${shown}\n\n(Suite du ticket n°${replied.number}, clos)` : shown, originalDescription: mail.text,
    files: mail.files.map((f) => ({ filename: f.filename, contentType: f.contentType, content: f.content })),
    acknowledge: 'when_unregistered', requestedAt: mail.date ?? undefined, inboundMessageId: record.id,
    async within(scope, eventId) {
      const row = await recordInbound(ctx, scope.db, { ...record, outcome: 'ticket_created', reason: null, ticketId: scope.ticket.id, eventId });
      if (!row) throw new DuplicateMessage();
      inboundMessageId = row.id;
    },
  }]);
  return { outcome: 'ticket_created', ticketNumber: created!.number, inboundMessageId };
}
