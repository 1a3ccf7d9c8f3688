// Closing a ticket: allowed at any step, and irreversible.
import type { Handlers } from './handler.ts';

export const closeHandlers: Handlers<'close'> = {
  async close(scope, input) {
    scope.ticketPatch = { ...scope.ticketPatch, closedAt: scope.now, closeReason: 'closed' };
    scope.record('ticket_closed', { direction: 'out', payload: { comment: input.comment ?? null } });
  },
};
