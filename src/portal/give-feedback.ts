// The requester's feedback on their resolved ticket (POST /portal/tickets/{n}/feedback): only the
// requester, only once, while the ticket is resolved and open (or closed less than 30 days ago).
// Recorded as `feedback_given` through the one change path, an answer the manager hears of (unread,
// so the ticket needs action); a bad rating also sends the ticket back to the manager: it is no
// longer resolved. The auto close is off once the requester has spoken.
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError } from '../domain/errors.ts';
import { FEEDBACK_RATINGS, FEEDBACK_REASONS } from '../domain/portal/portal-codes.ts';
import { feedbackOpen, ratingReopens } from '../domain/tickets/resolution-rules.ts';
import { personsRepository } from '../db/repositories/master-data.ts';
import { feedbackOfTicket, insertFeedback, type FeedbackRow } from '../db/repositories/ticket-feedback.ts';
import { changeTicket } from '../tickets/change-ticket.ts';
import { residentViewer } from './resident-viewer.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const FeedbackInput = Type.Object(
  {
    rating: oneOf(FEEDBACK_RATINGS),
    reason: Type.Optional(oneOf(FEEDBACK_REASONS)),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type FeedbackInputT = Static<typeof FeedbackInput>;

function notAvailable(message: string): DomainError {
  return new DomainError('action_not_available', message);
}

/** Records the resident's feedback on ticket `number`; returns the stored feedback. */
export async function giveFeedback(ctx: AppContext, resident: Resident, number: number, input: FeedbackInputT): Promise<FeedbackRow> {
  const viewer = await residentViewer(ctx, resident);
  let stored: FeedbackRow | undefined;
  await changeTicket(ctx, {
    organizationId: resident.organizationId,
    target: { number },
    viewer,
    acting: async (db) => {
      const person = await personsRepository.get(db, resident.organizationId, resident.personId);
      return { type: 'requester', name: person?.name ?? '', channel: 'portal' };
    },
    async step(scope) {
      const { ticket } = scope;
      if (ticket.requesterPersonId !== resident.personId) throw notAvailable('Only the requester of this ticket may give feedback on it.');
      const existing = await feedbackOfTicket(scope.db, ticket.id);
      if (existing) throw notAvailable('Feedback was already given on this ticket.');
      if (!feedbackOpen(ticket, false, scope.now)) throw notAvailable('Feedback is asked once the ticket is resolved, and up to 30 days after it closed.');
      const comment = input.comment?.trim() || null;
      const eventId = scope.record('feedback_given', { payload: { rating: input.rating, reason: input.reason ?? null, comment } });
      stored = await insertFeedback(scope.db, {
        organizationId: ticket.organizationId, ticketId: ticket.id, personId: resident.personId, rating: input.rating,
        reason: input.reason ?? null, comment, eventId, createdAt: scope.now,
      });
      // Two answers at once: the ticket's lock orders them, the unique key is the last guard.
      if (!stored) throw notAvailable('Feedback was already given on this ticket.');
      scope.ticketPatch = { ...scope.ticketPatch, autoCloseAt: null, ...(ratingReopens(input.rating) && !ticket.closedAt ? { resolvedAt: null } : {}) };
    },
  });
  return stored!;
}
