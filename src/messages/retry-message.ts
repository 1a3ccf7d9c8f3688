// A manager sends a failed or held message again, for instance once SMTP is configured or the
// contractor's address corrected. A silenced message stays silenced: silent mode meant it.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { lockOutboxMessage, queueMessageAgain } from '../db/repositories/outbox.ts';
import { findTicketById } from '../db/repositories/tickets.ts';
import { inTicketScope } from '../tickets/ticket-access.ts';
import { outboxScope } from './outbox-scope.ts';

/** Queues the message again; returns its new state. */
export async function retryMessage(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  const access = await outboxScope(ctx, actor);
  return ctx.db.transaction(async (db) => {
    const message = await lockOutboxMessage(db, id);
    if (!message || message.organizationId !== actor.organizationId) throw new DomainError('not_found', 'Message not found.');
    if (access.kind !== 'all') {
      const ticket = message.ticketId ? await findTicketById(db, message.ticketId) : undefined;
      if (!ticket || !inTicketScope(access, ticket)) throw new DomainError('not_found', 'Message not found.');
    }
    if (message.state !== 'failed' && message.state !== 'held') {
      throw new DomainError('action_not_available', `A ${message.state} message is not sent again.`, { state: message.state });
    }
    const ready = message.channel === 'email' ? ctx.transports.mailer !== undefined : ctx.transports.sms !== undefined;
    if (!ready) throw new DomainError('action_not_available', `No ${message.channel === 'email' ? 'SMTP server' : 'SMS provider'} is configured: the message would stay held.`);
    await queueMessageAgain(db, id);
    await ctx.jobs?.enqueueDeliveries(db, [id]);
    return 'queued';
  });
}
