// The body receivers get (docs/webhooks.md): `{ id, type, createdAt, data }`, where `id` is the
// event's (the same for a replay, so a receiver can drop what it already has), and `data` says
// what changed in the API's own words — the ticket as its summary, never contact details.
import type { TicketChange } from '../tickets/ticket-change.ts';
import type { WebhookEventType } from '../domain/webhooks/webhook-events.ts';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** The ticket as a webhook tells it. */
export function ticketSummary(change: TicketChange, publicUrl: string) {
  const { ticket } = change;
  return {
    id: ticket.id, number: ticket.number, type: ticket.type, status: ticket.status, needsAction: ticket.needsAction,
    subject: ticket.subject, source: ticket.source, propertyId: ticket.propertyId, unitId: ticket.unitId, assigneeId: ticket.assigneeId,
    amountCents: ticket.amountCents, createdAt: iso(ticket.createdAt), updatedAt: iso(ticket.updatedAt), closedAt: iso(ticket.closedAt),
    url: `${publicUrl}/tickets/${ticket.number}`,
  };
}

/** The data of one webhook event of a ticket's change. */
export function ticketEventData(change: TicketChange, event: { type: WebhookEventType; dispatchId?: string; answerEventId?: string }, publicUrl: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ticket: ticketSummary(change, publicUrl),
    events: change.events.map((e) => ({ id: e.id, type: e.type, dispatchId: e.dispatchId, createdAt: iso(e.createdAt) })),
  };
  if (event.dispatchId) {
    const dispatch = change.dispatches.find((d) => d.id === event.dispatchId);
    if (dispatch) {
      data.dispatch = {
        id: dispatch.id, contractorId: dispatch.contractorId, contractorName: dispatch.contractorName, kind: dispatch.kind,
        state: dispatch.state, previousState: change.dispatchStatesBefore.get(dispatch.id) ?? null,
      };
    }
  }
  if (event.answerEventId) {
    const answer = change.events.find((e) => e.id === event.answerEventId);
    if (answer) data.answer = { eventId: answer.id, type: answer.type, dispatchId: answer.dispatchId, partyId: answer.partyId, channel: answer.channel };
  }
  return data;
}
