// A permanent bounce of one of Gardien's emails: the outgoing message is marked failed with the
// remote server's reason, and the failed addresses are marked failing for the agency (shown on
// the parties and in the outbox). A temporary failure changes nothing.
import type { AppContext } from '../context.ts';
import type { ReadMail } from '../domain/inbound/mail.ts';
import { readBounce } from '../domain/inbound/bounce.ts';
import { ownMailDomain, readOwnMessageId } from './own-message-ids.ts';
import { markAddressFailing, markOutboxBounced, ticketOfOutboxMessage } from '../db/repositories/inbound.ts';

/** Applies the bounce; answers the addresses marked failing. */
export async function applyBounce(ctx: AppContext, organizationId: string, mail: ReadMail): Promise<string[]> {
  const bounce = readBounce(mail);
  if (!bounce?.permanent) return [];
  const ownDomain = ownMailDomain(ctx.config.mailFrom);
  const reason = (bounce.diagnostic ?? 'Permanent delivery failure').slice(0, 500);
  let outboxId: string | null = null;
  for (const id of [...bounce.originalMessageIds, ...mail.inReplyTo, ...mail.references]) {
    const own = readOwnMessageId(id, ownDomain);
    if (!own || !('outboxId' in own)) continue;
    const message = await ticketOfOutboxMessage(ctx.db, organizationId, own.outboxId);
    if (!message) continue;
    if (await markOutboxBounced(ctx.db, organizationId, own.outboxId, `Bounce: ${reason}`)) outboxId = own.outboxId;
    // The original's recipients failed when the report does not say which.
    if (bounce.recipients.length === 0) bounce.recipients.push(...message.recipients.map((r) => r.toLowerCase()));
    break;
  }
  const now = ctx.clock.now();
  for (const address of bounce.recipients) await markAddressFailing(ctx.db, { organizationId, address, reason, outboxMessageId: outboxId, failedAt: now });
  return bounce.recipients;
}
