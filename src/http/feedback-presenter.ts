// The feedback row as an answer: what the requester said and when, nothing else.
import type { FeedbackRow } from '../db/repositories/ticket-feedback.ts';

export function presentFeedback(row: FeedbackRow) {
  return { rating: row.rating, reason: row.reason, comment: row.comment, at: row.createdAt.toISOString() };
}
