// Opens a party's access from its link (or the cookie that stands for it): the token must be
// known, live and its ticket open. What went wrong is said kindly, and a wrong token tells
// nothing about any other.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { hashSecret } from '../auth/secrets.ts';
import { findExchangeToken, findExchangeTokenById, touchExchangeToken, type ExchangeTokenRow } from '../db/repositories/exchange-tokens.ts';
import { findTicketById, dispatchesOf, partiesOf } from '../db/repositories/tickets.ts';

export interface ExchangeAccess {
  token: ExchangeTokenRow;
  ticket: NonNullable<Awaited<ReturnType<typeof findTicketById>>>;
  dispatch?: Awaited<ReturnType<typeof dispatchesOf>>[number];
  party?: Awaited<ReturnType<typeof partiesOf>>[number];
}

/** The access a link secret (from the URL) or a link id (from the cookie) gives. */
export async function openExchange(ctx: AppContext, by: { secret?: string; tokenId?: string }): Promise<ExchangeAccess> {
  const token = by.secret ? await findExchangeToken(ctx.db, hashSecret(by.secret)) : by.tokenId ? await findExchangeTokenById(ctx.db, by.tokenId) : undefined;
  if (!token) throw new DomainError('link_invalid', 'This link is not valid. Check that it was copied whole, or ask the agency for a new one.');
  const now = ctx.clock.now();
  const ticket = (await findTicketById(ctx.db, token.ticketId))!;
  if (ticket.closedAt) throw new DomainError('ticket_closed', `Ticket n°${ticket.number} is closed: there is nothing more to do here. Thank you.`, { number: ticket.number });
  if (token.revokedAt) throw new DomainError('link_revoked', 'This link no longer works: the agency has changed who handles this request. Thank you for your help.');
  if (token.expiresAt <= now) throw new DomainError('link_expired', 'This link has expired. Ask the agency for a new one if you still need it.');
  await touchExchangeToken(ctx.db, token.id, now);
  const dispatch = token.dispatchId ? (await dispatchesOf(ctx.db, ticket.id)).find((d) => d.id === token.dispatchId) : undefined;
  const party = token.partyId ? (await partiesOf(ctx.db, ticket.id)).find((p) => p.id === token.partyId) : undefined;
  return { token, ticket, dispatch, party };
}
