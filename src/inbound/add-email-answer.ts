// A reply by email joins its ticket's thread as an answer from that party (a contractor of one of
// its dispatches, an approver, the requester or another party; a stranger who used the signed
// reply address by their address), unread, with its files; the inbound record commits with it.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { MailAddress, ReadMail } from '../domain/inbound/mail.ts';
import { dispatchesOf, findTicket, partiesOf } from '../db/repositories/tickets.ts';
import { changeTicket } from '../tickets/change-ticket.ts';
import type { Acting } from '../tickets/action-scope.ts';
import { attachStoredFiles, deleteStoredFiles, storeInboundFiles } from './inbound-files.ts';

export interface EmailAnswer {
  organizationId: string;
  ticketNumber: number;
  sender: MailAddress;
  mail: ReadMail;
  /** The text shown (trimmed) and whether something was trimmed. */
  shown: string;
  trimmed: boolean;
  /** The inbound record's id (the history links the full original). */
  inboundMessageId: string;
  /** Writes the inbound record in the change's transaction; undefined when it exists already. */
  record: (db: Db, ticketId: string, eventId: string) => Promise<{ id: string } | undefined>;
}

const has = (list: readonly string[], address: string) => list.some((a) => a.toLowerCase() === address);

/** Adds the answer; undefined when the ticket is closed (the caller opens a new request), 'duplicate' when recorded before. */
export async function addEmailAnswer(ctx: AppContext, answer: EmailAnswer): Promise<{ inboundMessageId: string } | 'duplicate' | undefined> {
  const ticket = await findTicket(ctx.db, answer.organizationId, answer.ticketNumber);
  if (!ticket || ticket.closedAt) return undefined;
  const address = answer.sender.address;
  const [dispatches, parties] = await Promise.all([dispatchesOf(ctx.db, ticket.id), partiesOf(ctx.db, ticket.id)]);
  const dispatch = dispatches.filter((d) => has(d.emails, address)).at(-1);
  const party = dispatch ? undefined : parties.find((p) => p.active && has(p.emails, address));
  const name = dispatch?.contractorName ?? party?.name ?? (ticket.requesterEmail?.toLowerCase() === address ? ticket.requesterName : null) ?? answer.sender.name ?? address;
  const acting: Acting = { type: dispatch ? 'contractor' : party?.role === 'approver' ? 'approver' : 'requester', name, channel: 'email' };

  const stored: string[] = [];
  let inboundMessageId: string | undefined;
  let duplicate = false;
  try {
    const files = await storeInboundFiles(ctx, answer.organizationId, answer.mail.files, stored);
    await changeTicket(ctx, {
      organizationId: answer.organizationId,
      target: { id: ticket.id },
      viewer: { type: 'system' },
      acting: () => acting,
      async step(scope) {
        const eventId = scope.record('message_received', {
          dispatchId: dispatch?.id ?? null,
          partyId: party?.id ?? null,
          payload: { from: name, body: answer.shown, subject: answer.mail.subject, trimmed: answer.trimmed, inboundMessageId: answer.inboundMessageId },
        });
        await attachStoredFiles(scope, files, eventId, 'message', dispatch?.id);
        const row = await answer.record(scope.db, ticket.id, eventId);
        if (!row) {
          duplicate = true;
          throw new Error('duplicate inbound message');
        }
        inboundMessageId = row.id;
      },
    });
  } catch (error) {
    await deleteStoredFiles(ctx, stored);
    if (duplicate) return 'duplicate';
    throw error;
  }
  return { inboundMessageId: inboundMessageId! };
}
