// Marking a ticket resolved by hand: the work is over for the manager, the ticket stays open until
// it is closed (by hand, or on its own after the agency's delay without feedback).
import { resolveTicket } from '../resolution.ts';
import type { Handlers } from './handler.ts';

export const resolutionHandlers: Handlers<'mark_resolved'> = {
  async mark_resolved(scope, input) {
    await resolveTicket(scope, { comment: input.comment?.trim() || null, automatic: false });
  },
};
