// The original of a message that joined a ticket (a request or an answer by email or SMS), for
// whoever may see that ticket: the "Message complet" link of its history. Another ticket's
// message, or another agency's, is not found.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { findInboundMessage, type InboundMessageRow } from '../db/repositories/inbound.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { visibleTicket } from '../tickets/ticket-access.ts';

export async function ticketOriginal(ctx: AppContext, actor: Actor, number: number, id: string): Promise<{ message: InboundMessageRow; body: Readable }> {
  const ticket = await visibleTicket(ctx, actor, number);
  const message = await findInboundMessage(ctx.db, actor.organizationId, id);
  if (!message || message.ticketId !== ticket.id || !message.rawStorageKey) throw notFound('Message');
  try {
    return { message, body: await ctx.files.get(message.rawStorageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This message is recorded but its original is missing from storage.', { id });
    throw error;
  }
}
