// Writes a ticket's contact person and watchers (at creation, validation and edit).
import type { Db } from '../db/connection.ts';
import { insertParty, updateParty, type PartyRow, type TicketRow } from '../db/repositories/tickets.ts';
import type { PartyChoiceT } from './action-inputs.ts';
import { resolvePerson } from './resolve-parties.ts';

/** Replaces the contact person and/or the watchers when given; returns the parties now active. */
export async function writeContactAndWatchers(
  db: Db,
  ticket: TicketRow,
  parties: PartyRow[],
  input: { contactPerson?: PartyChoiceT | null; watchers?: PartyChoiceT[] },
  now: Date,
): Promise<PartyRow[]> {
  const replace = async (role: 'contact' | 'watcher', choices: PartyChoiceT[]) => {
    for (const old of parties.filter((p) => p.role === role && p.active)) {
      await updateParty(db, old.id, { active: false });
      old.active = false;
    }
    for (const [i, choice] of choices.entries()) {
      // A watcher must be reachable; a contact person may be a name and a phone number for the contractor.
      const details = await resolvePerson(db, ticket.organizationId, choice, role === 'contact' ? 'contactPerson' : `watchers.${i}`, role === 'watcher');
      parties.push(await insertParty(db, { ...details, role, organizationId: ticket.organizationId, ticketId: ticket.id, createdAt: now }));
    }
  };
  if (input.contactPerson !== undefined) await replace('contact', input.contactPerson ? [input.contactPerson] : []);
  if (input.watchers !== undefined) await replace('watcher', input.watchers);
  return parties.filter((p) => p.active);
}
