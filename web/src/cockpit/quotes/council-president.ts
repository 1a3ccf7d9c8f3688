// The property's council president (DOMAIN.md §1: a person with the `council_president`
// relation to it, today), whom an approval request goes to first.
import type { Person } from '../shared/master-data.ts';
import { emptyParty, type PartyDraft } from '../create/drafts.ts';

/** The person who presides the property's council today, if any. */
export function councilPresident(persons: readonly Person[] | undefined, propertyId: string, today = new Date().toISOString().slice(0, 10)): Person | undefined {
  return (persons ?? []).find((p) =>
    p.relations.some((r) => r.kind === 'council_president' && r.propertyId === propertyId && (!r.startsOn || r.startsOn <= today) && (!r.endsOn || r.endsOn >= today)),
  );
}

/** A person of master data as the approver's draft: email when they have one, else SMS. */
export function approverDraftOf(person: Person): PartyDraft {
  return {
    ...emptyParty(),
    personId: person.id,
    name: person.name,
    emails: person.emails,
    phones: person.phones,
    channels: [...(person.emails.length ? ['email'] : []), ...(person.phones.length && !person.emails.length ? ['sms'] : [])],
  };
}
