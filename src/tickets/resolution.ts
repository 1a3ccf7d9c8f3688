// A ticket's resolution as part of every change (the residents' portal, DOMAIN.md §13): the
// manager's `mark_resolved`, or on its own when a step leaves its work done and invoiced; the
// requester is then asked for feedback once (when the agency asks for it and the requester has an
// email) and the ticket gets its auto-close date. A later step that reopens the work (a new
// contractor, an invoice asked again) makes it unresolved again. Runs inside the change's step,
// so everything it records goes through the one commit path.
import type { DispatchState } from '../domain/tickets/codes.ts';
import { autoCloseAt, movedDispatches, reopensWork, resolvesOnItsOwn } from '../domain/tickets/resolution-rules.ts';
import { feedbackAskedBefore, feedbackOfTicket } from '../db/repositories/ticket-feedback.ts';
import type { ActionScope } from './action-scope.ts';

/** The dispatches' states before a step, to see what it moved. */
export function dispatchStates(scope: ActionScope): Map<string, DispatchState> {
  return new Map(scope.dispatches.map((d) => [d.id, d.state]));
}

const current = <K extends 'resolvedAt' | 'closedAt' | 'autoCloseAt'>(scope: ActionScope, key: K) =>
  (key in scope.ticketPatch ? scope.ticketPatch[key] : scope.ticket[key]) ?? null;

/** Resolves the ticket now: the event, the feedback request, the auto-close date. */
export async function resolveTicket(scope: ActionScope, how: { comment: string | null; automatic: boolean }): Promise<void> {
  const { ticket, settings, now, db } = scope;
  scope.ticketPatch = { ...scope.ticketPatch, resolvedAt: now };
  scope.record('ticket_resolved', { payload: { comment: how.comment, automatic: how.automatic } });
  const feedback = await feedbackOfTicket(db, ticket.id);
  if (feedback) return;
  scope.ticketPatch.autoCloseAt = autoCloseAt(now, settings.autoCloseDays);
  const reachable = !!ticket.requesterEmail;
  // Asking is Gardien's, whoever resolved.
  if (settings.feedbackRequest && reachable && !(await feedbackAskedBefore(db, ticket.id))) await scope.asSystem(async () => scope.record('feedback_requested', { payload: {} }));
}

/** After a step: resolves a ticket whose work the step left done and invoiced, reopens one whose
 * work it restarted, and forgets the auto close of a ticket it closed. */
export async function followResolution(scope: ActionScope, before: ReadonlyMap<string, DispatchState>): Promise<void> {
  if (scope.ticket.type === 'PENDING') return;
  if (current(scope, 'closedAt')) {
    if (current(scope, 'autoCloseAt')) scope.ticketPatch = { ...scope.ticketPatch, autoCloseAt: null };
    return;
  }
  const moved = movedDispatches(before, scope.dispatches);
  if (moved.length === 0) return;
  const resolved = current(scope, 'resolvedAt') !== null;
  if (resolved && reopensWork(moved)) scope.ticketPatch = { ...scope.ticketPatch, resolvedAt: null, autoCloseAt: null };
  // Resolved on its own: the history says Gardien did it, not the contractor whose invoice came in.
  else if (!resolved && resolvesOnItsOwn(moved, scope.dispatches)) await scope.asSystem(() => resolveTicket(scope, { comment: null, automatic: true }));
}
