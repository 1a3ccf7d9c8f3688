// Turns what the manager chose (a contractor or person of master data, or someone typed in)
// into the contact details a ticket keeps, checking that each chosen channel can be used.
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import type { Channel, Language } from '../domain/master-data.ts';
import { contractorsRepository, personsRepository } from '../db/repositories/master-data.ts';
import type { ContractorChoiceT, PartyChoiceT } from './action-inputs.ts';

export interface ContactDetails {
  name: string;
  emails: string[];
  phones: string[];
  channels: Channel[];
  language: Language;
}

/** The channels a person of master data can be reached by: email when they have an address, SMS
 * when they have a number. */
export function channelsOf(person: { emails: readonly string[]; phones: readonly string[] }): Channel[] {
  return [...(person.emails.length ? ['email' as const] : []), ...(person.phones.length ? ['sms' as const] : [])];
}

function checkChannels(details: ContactDetails, field: string, requireChannel: boolean) {
  if (requireChannel && details.channels.length === 0) {
    throw new DomainError('validation_failed', `${details.name}: choose at least one way to reach them (email or SMS).`, [{ field, message: 'needs a channel' }]);
  }
  if (details.channels.includes('email') && details.emails.length === 0) {
    throw new DomainError('validation_failed', `${details.name} is to be reached by email but has no email address.`, [{ field, message: 'has no email' }]);
  }
  if (details.channels.includes('sms') && details.phones.length === 0) {
    throw new DomainError('validation_failed', `${details.name} is to be reached by SMS but has no mobile number.`, [{ field, message: 'has no phone' }]);
  }
}

/** What the manager typed over the master-data record, for this ticket only. */
function overridden<T extends ContactDetails>(base: T, choice: { name?: string; emails?: string[]; phones?: string[]; channels?: Channel[] }): T {
  return {
    ...base,
    name: choice.name ?? base.name,
    emails: choice.emails ?? base.emails,
    phones: choice.phones ?? base.phones,
    channels: choice.channels ?? base.channels,
  };
}

/** Contact details of a contractor for a dispatch. A quote request always goes by email too. */
export async function resolveContractor(db: Db, organizationId: string, choice: ContractorChoiceT, field: string, kind: 'work_order' | 'quote') {
  let base: ContactDetails & { contractorId: string | null } = { contractorId: null, name: choice.name ?? '', emails: [], phones: [], channels: [], language: 'fr' };
  if (choice.contractorId) {
    const contractor = await contractorsRepository.get(db, organizationId, choice.contractorId);
    if (!contractor) throw new DomainError('unknown_reference', `${field}.contractorId does not name a contractor of this agency.`, { field: `${field}.contractorId` });
    base = { contractorId: contractor.id, name: contractor.name, emails: contractor.emails, phones: contractor.phones, channels: contractor.preferredChannels, language: contractor.language };
  } else if (!choice.name) {
    throw new DomainError('validation_failed', 'A contractor is chosen from the list or typed in with a name.', [{ field: `${field}.name`, message: 'is required' }]);
  }
  const details = overridden(base, choice);
  if (kind === 'quote' && !details.channels.includes('email')) details.channels = ['email', ...details.channels];
  checkChannels(details, field, true);
  return { ...details, instructions: choice.instructions ?? '' };
}

/** Contact details of a person on a ticket (contact, watcher, approver, third party). */
export async function resolvePerson(db: Db, organizationId: string, choice: PartyChoiceT, field: string, requireChannel: boolean) {
  let base: ContactDetails & { personId: string | null } = { personId: null, name: choice.name ?? '', emails: [], phones: [], channels: [], language: 'fr' };
  if (choice.personId) {
    const person = await personsRepository.get(db, organizationId, choice.personId);
    if (!person) throw new DomainError('unknown_reference', `${field}.personId does not name a person of this agency.`, { field: `${field}.personId` });
    base = { personId: person.id, name: person.name, emails: person.emails, phones: person.phones, channels: channelsOf(person), language: person.language };
  } else if (!choice.name) {
    throw new DomainError('validation_failed', 'A person is chosen from the list or typed in with a name.', [{ field: `${field}.name`, message: 'is required' }]);
  }
  const details = overridden(base, choice);
  checkChannels(details, field, requireChannel);
  return { ...details, comment: choice.comment ?? null };
}
