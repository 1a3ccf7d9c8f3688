// A manager asks for a contractor's or approver's personal link, to pass it on another way
// (a phone call, a text from their own phone) or to open the party's page themselves.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { dispatchesOf, partiesOf } from '../db/repositories/tickets.ts';
import { visibleTicket } from '../tickets/ticket-access.ts';
import { mintLink } from './links.ts';

/** A new personal link for a dispatch's contractor or an approver of the ticket. */
export async function staffLink(ctx: AppContext, actor: Actor, number: number, target: { dispatchId?: string; partyId?: string }): Promise<string> {
  const ticket = await visibleTicket(ctx, actor, number);
  if (ticket.closedAt) throw new DomainError('action_not_available', 'This ticket is closed: its links no longer work.');
  if (!!target.dispatchId === !!target.partyId) throw new DomainError('validation_failed', 'Name either a dispatch or an approver.', [{ field: 'dispatchId', message: 'or partyId, one of them' }]);
  if (target.dispatchId && !(await dispatchesOf(ctx.db, ticket.id)).some((d) => d.id === target.dispatchId)) {
    throw new DomainError('not_found', 'This ticket has no such dispatch.', { field: 'dispatchId' });
  }
  if (target.partyId && !(await partiesOf(ctx.db, ticket.id)).some((p) => p.id === target.partyId && p.role === 'approver' && p.active)) {
    throw new DomainError('not_found', 'This ticket has no such approver.', { field: 'partyId' });
  }
  return mintLink(ctx.db, { publicUrl: ctx.config.publicUrl, linkDays: ctx.config.linkDays }, { organizationId: ticket.organizationId, ticketId: ticket.id, ...target }, ctx.clock.now());
}
