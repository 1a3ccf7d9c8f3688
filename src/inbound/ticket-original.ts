// The original of a message that joined a ticket (a request or an answer by email or SMS), for
// whoever may see that ticket: the "Message complet" link of its history. Another ticket's
// message, or another agency's, is not found.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { findInboundMessage, inboundRaw, type InboundMessageRow } from '../db/repositories/inbound.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { visibleTicket } from '../tickets/ticket-access.ts';

/** The bytes of a recorded message: from its row (small ones) or from the FileStore. */
export async function originalOf(ctx: AppContext, message: InboundMessageRow): Promise<Readable | Buffer> {
  try {
    if (!message.rawStorageKey) {
      const raw = await inboundRaw(ctx.db, message.organizationId, message.id);
      if (!raw) throw notFound('Message');
      return raw;
    }
    return await ctx.files.get(message.rawStorageKey);
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This message is recorded but its original is missing from storage.', { id: message.id });
    throw error;
  }
}

export async function ticketOriginal(ctx: AppContext, actor: Actor, number: number, id: string): Promise<{ message: InboundMessageRow; body: Readable | Buffer }> {
  const ticket = await visibleTicket(ctx, actor, number);
  const message = await findInboundMessage(ctx.db, actor.organizationId, id);
  if (!message || message.ticketId !== ticket.id || !message.hasRaw) throw notFound('Message');
  return { message, body: await originalOf(ctx, message) };
}
