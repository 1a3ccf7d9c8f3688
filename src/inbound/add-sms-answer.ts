// An SMS joins its ticket's thread as an answer from the party whose number sent it: the
// contractor of a dispatch (the newest one with that number), else an approver or another party,
// else the requester;
// unread, so the ticket needs action. The inbound record commits with the answer.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { samePhone } from '../domain/inbound/phone-number.ts';
import { dispatchesOf, findTicketById, partiesOf } from '../db/repositories/tickets.ts';
import { changeTicket } from '../tickets/change-ticket.ts';
import type { Acting } from '../tickets/action-scope.ts';

export interface SmsAnswer {
  ticketId: string;
  organizationId: string;
  from: string;
  body: string;
  inboundMessageId: string;
  /** Writes the inbound record in the change's transaction; undefined when it exists already. */
  record: (db: Db, eventId: string) => Promise<{ id: string } | undefined>;
}

/** Adds the answer; 'duplicate' when the record existed already (nothing written), undefined when the ticket closed meanwhile. */
export async function addSmsAnswer(ctx: AppContext, answer: SmsAnswer): Promise<'added' | 'duplicate' | undefined> {
  const ticket = await findTicketById(ctx.db, answer.ticketId);
  if (!ticket || ticket.organizationId !== answer.organizationId || ticket.closedAt) return undefined;
  const [dispatches, parties] = await Promise.all([dispatchesOf(ctx.db, ticket.id), partiesOf(ctx.db, ticket.id)]);
  const dispatch = dispatches.filter((d) => d.phones.some((p) => samePhone(p, answer.from))).at(-1);
  const party = dispatch ? undefined : parties.find((p) => p.active && p.phones.some((n) => samePhone(n, answer.from)));
  const requester = !dispatch && !party && ticket.requesterPhone && samePhone(ticket.requesterPhone, answer.from) ? ticket.requesterName : null;
  const name = dispatch?.contractorName ?? party?.name ?? requester ?? answer.from;
  const acting: Acting = { type: dispatch ? 'contractor' : party?.role === 'approver' ? 'approver' : 'requester', name, channel: 'sms' };

  let duplicate = false;
  try {
    await changeTicket(ctx, {
      organizationId: answer.organizationId,
      target: { id: ticket.id },
      viewer: { type: 'system' },
      acting: () => acting,
      async step(scope) {
        const eventId = scope.record('message_received', {
          dispatchId: dispatch?.id ?? null,
          partyId: party?.id ?? null,
          payload: { from: name, body: answer.body, inboundMessageId: answer.inboundMessageId },
        });
        if (!(await answer.record(scope.db, eventId))) {
          duplicate = true;
          throw new Error('duplicate inbound SMS');
        }
      },
    });
  } catch (error) {
    if (duplicate) return 'duplicate';
    throw error;
  }
  return 'added';
}
