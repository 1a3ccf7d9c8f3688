// The SMS door (Twilio's callback, its signature checked by the route): the message is recorded
// as it came (its parameters kept as JSON for download) and joins the newest open ticket where its
// number is a contractor's, another party's or the requester's, as their answer. The server has one sending
// number for every agency, so the sender's number chooses the agency: the one of that ticket;
// with no open ticket, the agencies whose persons or contractors have that number, else every
// agency of the server (one, usually) — recorded there as refused, `unknown_number`, and shown in
// "Messages reçus", never lost. The same MessageSid twice is taken once.
import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { InboundOutcome, InboundReport } from '../domain/inbound/outcomes.ts';
import { phoneMatchKey } from '../domain/inbound/phone-number.ts';
import { cleanLine, cleanText } from '../domain/inbound/clean-text.ts';
import { toE164 } from '../channels/sms/sms-sender.ts';
import { inboundByDedupeKey, ticketNumberById, type NewInboundMessage } from '../db/repositories/inbound.ts';
import { recordInbound } from './record-inbound.ts';
import { agenciesKnowingPhone, allAgencies, openTicketsOfPhoneAnyAgency } from '../db/repositories/inbound-sms.ts';
import { addSmsAnswer } from './add-sms-answer.ts';

/** Most characters of an SMS kept as its text (a long SMS is ten parts at most in practice). */
const MAX_BODY = 10_000;
/** Most media URLs kept (Twilio sends ten at most). */
const MAX_MEDIA = 10;

export interface SmsResult {
  outcome: InboundOutcome;
  reason?: string;
  ticketNumber?: number;
  organizationId?: string;
}

/** Twilio's parameters as the pipeline reads them. */
function readCallback(params: Record<string, string>) {
  const from = cleanLine(params.From);
  const sid = cleanLine(params.MessageSid) || cleanLine(params.SmsSid);
  if (!from || !sid) throw new DomainError('validation_failed', 'A Twilio message callback carries From and MessageSid.', { missing: [!from && 'From', !sid && 'MessageSid'].filter(Boolean) });
  const count = Math.min(Number.parseInt(params.NumMedia ?? '0', 10) || 0, MAX_MEDIA);
  const media: NonNullable<InboundReport['media']> = [];
  for (let i = 0; i < count; i++) {
    const url = cleanLine(params[`MediaUrl${i}`]);
    if (url) media.push({ url: url.slice(0, 2000), contentType: cleanLine(params[`MediaContentType${i}`]).slice(0, 200) || null });
  }
  const body = cleanText(params.Body).slice(0, MAX_BODY);
  return { from: (/\d/.test(from) ? toE164(from) : from).slice(0, 100), to: cleanLine(params.To).slice(0, 100), sid: sid.slice(0, 200), body, media };
}

/** The text of the answer: the SMS's, and a line for media not fetched. */
function shownBody(body: string, media: readonly unknown[]): string {
  const note = media.length ? `[MMS : ${media.length} pièce${media.length > 1 ? 's' : ''} jointe${media.length > 1 ? 's' : ''} non récupérée${media.length > 1 ? 's' : ''}, voir le message reçu]` : '';
  return [body, note].filter(Boolean).join('\n\n');
}

/** Takes one callback; `params` are the form's parameters (the signature was checked). */
export async function receiveSms(ctx: AppContext, params: Record<string, string>): Promise<SmsResult> {
  // A delivery status callback (sent, delivered, failed…) pointed at this URL is no message.
  const status = params.SmsStatus ?? params.MessageStatus;
  if (status && status !== 'received' && !params.Body && !params.NumMedia) return { outcome: 'ignored', reason: 'delivery_report' };
  const sms = readCallback(params);
  const now = ctx.clock.now();
  const dedupeKey = createHash('sha256').update(`twilio|${sms.sid}`).digest('hex');
  const key = phoneMatchKey(sms.from);
  const open = key ? await openTicketsOfPhoneAnyAgency(ctx.db, key) : [];
  const raw = Buffer.from(JSON.stringify(params, null, 2));

  // The parameters as they came, in the record's row (a few kilobytes): they commit with it.
  const recordFor = (organizationId: string): NewInboundMessage => ({
    id: randomUUID(), organizationId, channel: 'sms', door: 'twilio', dedupeKey, messageId: sms.sid, fromAddress: sms.from, fromName: null,
    recipients: sms.to ? [sms.to] : [], subject: sms.body.replace(/\s+/g, ' ').slice(0, 120), outcome: 'refused', raw, rawStorageKey: null, rawSize: raw.length,
    receivedAt: now, report: sms.media.length ? { media: sms.media, notes: [`${sms.media.length} media not fetched (their URLs are kept)`] } : {},
  });
  const duplicateIn = async (organizationId: string): Promise<SmsResult | undefined> => {
    const earlier = await inboundByDedupeKey(ctx.db, organizationId, dedupeKey);
    if (!earlier) return undefined;
    const ticketNumber = earlier.ticketId ? await ticketNumberById(ctx.db, organizationId, earlier.ticketId) : undefined;
    return { outcome: earlier.outcome, reason: 'duplicate', organizationId, ...(ticketNumber ? { ticketNumber } : {}) };
  };

  const target = open[0];
  if (target && (sms.body || sms.media.length)) {
    const earlier = await duplicateIn(target.organizationId);
    if (earlier) return earlier;
    const record = recordFor(target.organizationId);
    const added = await addSmsAnswer(ctx, {
      ticketId: target.ticketId, organizationId: target.organizationId, from: sms.from, body: shownBody(sms.body, sms.media), inboundMessageId: record.id!,
      record: (db, eventId) => recordInbound(ctx, db, { ...record, outcome: 'answer_added', reason: 'phone_number', ticketId: target.ticketId, eventId }),
    });
    if (added === 'added') return { outcome: 'answer_added', reason: 'phone_number', ticketNumber: target.number, organizationId: target.organizationId };
    if (added === 'duplicate') return (await duplicateIn(target.organizationId))!;
    // The ticket closed between the two reads: recorded below like a number without an open ticket.
  }

  const reason = sms.body || sms.media.length ? 'unknown_number' : 'empty_message';
  const known = key ? await agenciesKnowingPhone(ctx.db, key) : [];
  const agencies = target ? [target.organizationId] : known.length ? known : await allAgencies(ctx.db);
  let result: SmsResult = { outcome: 'refused', reason };
  for (const organizationId of agencies) {
    const earlier = await duplicateIn(organizationId);
    if (earlier) {
      result = earlier;
      continue;
    }
    await recordInbound(ctx, ctx.db, { ...recordFor(organizationId), outcome: 'refused', reason });
  }
  return result;
}
