// The requester's thread on a ticket: their watcher party (the party the manager's messages go to
// and their replies join), found by person, else by address or name, and made when missing, from
// the person of master data or the requester's free-text identity.
import { DomainError } from '../domain/errors.ts';
import { insertParty, type PartyRow } from '../db/repositories/tickets.ts';
import { resolvePerson } from './resolve-parties.ts';
import type { ActionScope } from './action-scope.ts';

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The requester's active party on the ticket, if any. */
export function findRequesterParty(scope: Pick<ActionScope, 'ticket' | 'parties'>): PartyRow | undefined {
  const { ticket } = scope;
  const active = scope.parties.filter((p) => p.active);
  if (ticket.requesterPersonId) {
    const own = active.find((p) => p.personId === ticket.requesterPersonId);
    if (own) return own;
  }
  // By address or phone; by name only when the requester has neither (two "Jean Martin" who
  // reported one outage from two addresses are two people).
  const byName = !ticket.requesterEmail && !ticket.requesterPhone;
  return active.find((p) => p.role === 'watcher' && (
    p.emails.some((e) => same(e, ticket.requesterEmail)) || (!!ticket.requesterPhone && p.phones.includes(ticket.requesterPhone)) || (byName && !p.personId && same(p.name, ticket.requesterName))));
}

/** Whether the ticket's requester can be written to (a person, an address or a phone). */
export function requesterReachable(ticket: Pick<ActionScope['ticket'], 'requesterPersonId' | 'requesterEmail' | 'requesterPhone'>): boolean {
  return !!(ticket.requesterPersonId || ticket.requesterEmail || ticket.requesterPhone);
}

/** The requester's party, made as a watcher when they have none; 409 when the ticket has no
 * requester to write to (no name, no person, no address). `of`: another ticket whose requester
 * is to be a watcher here (an incident's report). */
export async function requesterParty(scope: ActionScope, of: ActionScope['ticket'] = scope.ticket): Promise<PartyRow> {
  const found = findRequesterParty({ ticket: of, parties: scope.parties });
  if (found) return found;
  const ticket = of;
  const free = { name: ticket.requesterName ?? undefined, emails: ticket.requesterEmail ? [ticket.requesterEmail] : [], phones: ticket.requesterPhone ? [ticket.requesterPhone] : [] };
  if (!requesterReachable(ticket)) {
    throw new DomainError('action_not_available', 'This ticket has no requester who can be written to (no email, no phone).', { field: 'toRequester' });
  }
  const details = ticket.requesterPersonId
    ? await resolvePerson(scope.db, scope.organizationId, { personId: ticket.requesterPersonId }, 'toRequester', false)
    : await resolvePerson(scope.db, scope.organizationId, { name: free.name || free.emails[0] || free.phones[0]!, emails: free.emails, phones: free.phones }, 'toRequester', false);
  // The address the request came from is kept: replies from it join the thread.
  if (ticket.requesterEmail && !details.emails.some((e) => same(e, ticket.requesterEmail))) details.emails = [ticket.requesterEmail, ...details.emails];
  if (details.channels.length === 0) details.channels = [...(details.emails.length ? ['email' as const] : []), ...(details.phones.length ? ['sms' as const] : [])];
  const party = await insertParty(scope.db, { ...details, role: 'watcher', organizationId: scope.organizationId, ticketId: scope.ticket.id, createdAt: scope.now });
  scope.parties.push(party);
  return party;
}
