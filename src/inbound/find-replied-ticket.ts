// Which ticket an email answers (DOMAIN.md §9): its reply address (signed), a Gardien Message-ID
// in In-Reply-To or References, or `[Ticket n°N]` in the subject when the sender is a party of
// ticket N — a subject tag alone from a stranger never joins a ticket.
import type { AppContext } from '../context.ts';
import type { ReadMail } from '../domain/inbound/mail.ts';
import { subjectTicketNumber } from '../domain/inbound/addresses.ts';
import { isPartyOfTicket, ticketNumberById, ticketOfOutboxMessage } from '../db/repositories/inbound.ts';
import { findTicket } from '../db/repositories/tickets.ts';
import type { InboundRoute } from './inbound-routes.ts';
import { ownMailDomain, readOwnMessageId } from './own-message-ids.ts';

export type RepliedBy = 'reply_address' | 'message_id' | 'subject_tag';

export async function findRepliedTicket(ctx: AppContext, route: InboundRoute, mail: ReadMail, senderAddress: string): Promise<{ number: number; by: RepliedBy } | undefined> {
  if (route.replyTicketNumber) return { number: route.replyTicketNumber, by: 'reply_address' };
  const ownDomain = ownMailDomain(ctx.config.mailFrom);
  // The newest reference first: In-Reply-To, then References from the end.
  for (const id of [...mail.inReplyTo, ...[...mail.references].reverse()]) {
    const own = readOwnMessageId(id, ownDomain);
    if (!own) continue;
    const number = 'ticketId' in own
      ? await ticketNumberById(ctx.db, route.organizationId, own.ticketId)
      : (await ticketOfOutboxMessage(ctx.db, route.organizationId, own.outboxId))?.number;
    if (number) return { number, by: 'message_id' };
  }
  const tagged = subjectTicketNumber(mail.subject);
  if (tagged !== undefined) {
    const ticket = await findTicket(ctx.db, route.organizationId, tagged);
    if (ticket && (await isPartyOfTicket(ctx.db, ticket.id, senderAddress))) return { number: tagged, by: 'subject_tag' };
  }
  return undefined;
}
