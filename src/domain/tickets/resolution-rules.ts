// When a ticket counts as resolved (the residents' portal asks its requester for feedback then,
// and may close it on its own later), as rules over its dispatches. Pure.
//
// "Its work is done and invoiced": every dispatch still running (not refused, not retained or
// cancelled) has its invoice received. A dispatch done without its invoice does not count yet: the
// agency still waits for the contractor, and the manager can mark the ticket resolved by hand.
import { ENDED_STATES, type DispatchState } from './codes.ts';
import type { FeedbackRating } from '../portal/portal-codes.ts';

export interface ResolutionDispatch {
  id: string;
  state: DispatchState;
}

/** The state in which a dispatch's work counts as done and invoiced. */
export const RESOLVED_DISPATCH_STATE: DispatchState = 'invoice_received';

const running = (d: ResolutionDispatch) => !ENDED_STATES.includes(d.state);

/** Whether the ticket's work is done and invoiced: at least one dispatch, and every running one invoiced. */
export function workDoneAndInvoiced(dispatches: readonly ResolutionDispatch[]): boolean {
  const live = dispatches.filter(running);
  return live.length > 0 && live.every((d) => d.state === RESOLVED_DISPATCH_STATE);
}

/** The dispatches a step moved (new ones, or a state that changed), from their states before. */
export function movedDispatches(before: ReadonlyMap<string, DispatchState>, after: readonly ResolutionDispatch[]): ResolutionDispatch[] {
  return after.filter((d) => before.get(d.id) !== d.state);
}

/** Whether a step reopens the work of a resolved ticket: it moved a dispatch into a running state
 * other than invoiced (a new contractor, an invoice asked again, a new appointment). */
export function reopensWork(moved: readonly ResolutionDispatch[]): boolean {
  return moved.some((d) => running(d) && d.state !== RESOLVED_DISPATCH_STATE);
}

/** Whether a step resolves the ticket on its own: it moved a dispatch, and now the work is done and invoiced. */
export function resolvesOnItsOwn(moved: readonly ResolutionDispatch[], dispatches: readonly ResolutionDispatch[]): boolean {
  return moved.length > 0 && workDoneAndInvoiced(dispatches);
}

/** When a resolved ticket without feedback closes on its own (null: the agency's auto close is off). */
export function autoCloseAt(resolvedAt: Date, autoCloseDays: number | null | undefined): Date | null {
  return autoCloseDays ? new Date(resolvedAt.getTime() + autoCloseDays * 86_400_000) : null;
}

/** A rating that sends the ticket back to the manager: it is no longer resolved. */
export function ratingReopens(rating: FeedbackRating): boolean {
  return rating === 'bad';
}

/** How long after its closing a ticket may still be rated (an auto-closed ticket, a late answer). */
export const FEEDBACK_AFTER_CLOSE_DAYS = 30;

/** Whether the requester may still give their feedback: resolved, and open or closed less than 30 days ago. */
export function feedbackOpen(ticket: { resolvedAt: Date | null; closedAt: Date | null }, hasFeedback: boolean, now: Date): boolean {
  if (hasFeedback || !ticket.resolvedAt) return false;
  return !ticket.closedAt || now.getTime() - ticket.closedAt.getTime() < FEEDBACK_AFTER_CLOSE_DAYS * 86_400_000;
}
