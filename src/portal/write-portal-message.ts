// POST /portal/tickets/{number}/messages: the resident writes to the agency in their thread of
// the ticket, through the one change path: `message_received` from the requester on the portal,
// on the resident's party of the ticket (a watcher created if they had none), unread for the
// manager, so the ticket needs action.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { insertParty } from '../db/repositories/tickets.ts';
import { personsByIds } from '../db/repositories/portal-requests.ts';
import { notFound } from '../domain/errors.ts';
import { performActionAs } from '../tickets/perform-action.ts';
import { partyMessage } from '../tickets/actions/party-answers.ts';
import { channelsOf } from '../tickets/resolve-parties.ts';
import { attachStoredFiles, type StoredInboundFile } from '../inbound/inbound-files.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';

/** Writes the message with its files (checked and stored by the caller, which deletes them if this fails); answers its event's id. */
export async function writePortalMessage(ctx: AppContext, resident: Resident, number: number, body: string, files: readonly StoredInboundFile[] = []): Promise<string> {
  const { viewer } = await visiblePortalTicket(ctx, resident, number);
  const [person] = await personsByIds(ctx.db, resident.organizationId, [resident.personId]);
  if (!person) throw notFound('Ticket');
  let messageId = '';
  await performActionAs(
    ctx, resident.organizationId, number,
    async (scope) => {
      let party = scope.parties.find((p) => p.personId === person.id && p.active && p.role !== 'council_informed');
      if (!party) {
        party = await insertParty(scope.db, {
          organizationId: scope.organizationId, ticketId: scope.ticket.id, role: 'watcher', personId: person.id, name: person.name,
          emails: person.emails, phones: person.phones, channels: channelsOf(person), language: person.language, createdAt: scope.now,
        });
        scope.parties.push(party);
      }
      await partyMessage(scope, { partyId: party.id, body });
      messageId = scope.events.at(-1)!.id;
      await attachStoredFiles(scope, files, messageId, 'message');
    },
    () => ({ type: 'requester', name: person.name, channel: 'portal' }),
    viewer,
  );
  return messageId;
}
