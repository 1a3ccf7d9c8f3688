// SQL of what a ticket's messages became, for its page: the messages to its parties that did not
// leave (held, failed), and the states of the messages each event called for. Both read within
// the reader's outbox scope (src/messages/outbox-scope.ts), as the outbox screen does.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { outboxMessages } from '../schema/index.ts';
import { UNDELIVERED_STATES } from '../../domain/messages/delivery-problems.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';
import { scopeCondition } from './outbox.ts';

export interface UndeliveredRow {
  id: string;
  eventId: string | null;
  dispatchId: string | null;
  partyId: string | null;
  channel: string;
  state: string;
  template: string;
  recipientName: string;
  recipients: string[];
  lastError: string | null;
  createdAt: Date;
}

/** The ticket's messages that did not leave (held or failed), oldest first. */
export function undeliveredMessagesOfTicket(db: Db, organizationId: string, ticketId: string, access: TicketScope): Promise<UndeliveredRow[]> {
  return db
    .select({
      id: outboxMessages.id, eventId: outboxMessages.eventId, dispatchId: outboxMessages.dispatchId, partyId: outboxMessages.partyId,
      channel: outboxMessages.channel, state: outboxMessages.state, template: outboxMessages.template, recipientName: outboxMessages.recipientName,
      recipients: outboxMessages.recipients, lastError: outboxMessages.lastError, createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .where(and(
      eq(outboxMessages.organizationId, organizationId), eq(outboxMessages.ticketId, ticketId),
      inArray(outboxMessages.state, [...UNDELIVERED_STATES]), scopeCondition(db, organizationId, access),
    ))
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id));
}

/** The state of every message of the ticket that an event called for. */
export function messageStatesOfTicket(db: Db, organizationId: string, ticketId: string, access: TicketScope): Promise<{ eventId: string | null; state: string }[]> {
  return db
    .select({ eventId: outboxMessages.eventId, state: outboxMessages.state })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, organizationId), eq(outboxMessages.ticketId, ticketId), scopeCondition(db, organizationId, access)));
}
