// Closing a ticket: allowed at any step, and irreversible.
import { revokeExchangeTokens } from '../../db/repositories/exchange-tokens.ts';
import type { Handlers } from './handler.ts';

export const closeHandlers: Handlers<'close'> = {
  async close(scope, input) {
    scope.ticketPatch = { ...scope.ticketPatch, closedAt: scope.now, closeReason: 'closed' };
    scope.record('ticket_closed', { payload: { comment: input.comment ?? null } });
    // Links stop working: the page tells the party, kindly, that the ticket is closed.
    await revokeExchangeTokens(scope.db, { ticketId: scope.ticket.id }, scope.now);
  },
};
