// Reactor: writes the search document of each ticket whose sources changed (number, subject,
// descriptions, requester, place, contractors), folded like every search (no accents, lower case).
import type { Db } from '../../db/connection.ts';
import { foldText } from '../../domain/search-text.ts';
import { placeWords } from '../../db/repositories/ticket-search.ts';
import { updateSearchDocument } from '../../db/repositories/tickets.ts';
import type { TicketChange, Reactor } from '../ticket-change.ts';

async function searchDocument(db: Db, change: TicketChange): Promise<string> {
  const { ticket, dispatches, now } = change;
  const place = await placeWords(db, ticket.propertyId, ticket.unitId, now.toISOString().slice(0, 10));
  return foldText([String(ticket.number), ticket.subject, ticket.description, ticket.originalDescription, ticket.requesterName ?? '', ...place, ...dispatches.map((d) => d.contractorName)].join(' '));
}

export const searchDocumentReactor: Reactor = {
  name: 'search-document',
  async react(db, _ctx, changes) {
    for (const change of changes) {
      if (change.reindex) await updateSearchDocument(db, change.ticket.id, await searchDocument(db, change));
    }
  },
};
