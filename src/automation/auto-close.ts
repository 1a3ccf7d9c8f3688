// The auto close (the residents' portal): a resolved ticket whose requester gave no feedback within
// the agency's delay (autoCloseDays) closes on its own, as `close` does, and the requester is told.
// Claimed in batches with SKIP LOCKED in the transaction that closes them, like the sweep's other
// kinds: a crash rolls the batch back, a second worker skips what the first holds, and a closed
// ticket is never claimed again (never twice, none lost across a restart).
import type { AppContext } from '../context.ts';
import { lockDueAutoCloses, ticketsWithFeedback } from '../db/repositories/ticket-feedback.ts';
import { revokeExchangeTokens } from '../db/repositories/exchange-tokens.ts';
import { changeTickets, type ChangeRequest } from '../tickets/change-ticket.ts';
import type { Acting, ActionScope } from '../tickets/action-scope.ts';

const SYSTEM: Acting = { type: 'system', name: 'Gardien', channel: 'system' };

/** Closes one claimed ticket if its auto close is really due and it still has no feedback. */
function autoCloseStep(withFeedback: ReadonlySet<string>, counted: { closed: number }) {
  return async (scope: ActionScope) => {
    const { ticket, now } = scope;
    if (ticket.closedAt || !ticket.autoCloseAt || ticket.autoCloseAt > now) return;
    if (withFeedback.has(ticket.id) || !ticket.resolvedAt) {
      scope.ticketPatch = { ...scope.ticketPatch, autoCloseAt: null };
      return;
    }
    const days = Math.round((ticket.autoCloseAt.getTime() - ticket.resolvedAt.getTime()) / 86_400_000);
    scope.ticketPatch = { ...scope.ticketPatch, closedAt: now, closeReason: 'auto_closed', autoCloseAt: null };
    scope.record('ticket_auto_closed', { payload: { days } });
    await revokeExchangeTokens(scope.db, { ticketId: ticket.id }, now);
    counted.closed++;
  };
}

/** Closes every ticket whose auto close is due at `now`, in batches; returns how many it closed. */
export async function runAutoClose(ctx: AppContext, now: Date, batchSize: number): Promise<number> {
  const counted = { closed: 0 };
  for (;;) {
    let claimed = 0;
    await changeTickets(ctx, async (db) => {
      const due = await lockDueAutoCloses(db, now, batchSize);
      claimed = due.length;
      const withFeedback = await ticketsWithFeedback(db, due.map((d) => d.ticketId));
      return due.map((d): ChangeRequest => ({
        organizationId: d.organizationId, target: { id: d.ticketId }, viewer: { type: 'system' }, acting: () => SYSTEM, step: autoCloseStep(withFeedback, counted),
      }));
    });
    if (claimed < batchSize) break;
  }
  return counted.closed;
}
