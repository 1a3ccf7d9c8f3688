// The editable forms of a contractor and of a person on a ticket, and how they become the API's
// ContractorChoice and PartyChoice.
import type { ContractorChoiceT, PartyChoiceT } from '../../../../src/tickets/action-inputs.ts';

export interface ContractorDraft {
  key: string;
  trade: string | null;
  contractorId: string | null;
  name: string;
  emails: string[];
  phones: string[];
  channels: string[];
  instructions: string;
}

export interface PartyDraft {
  key: string;
  personId: string | null;
  name: string;
  emails: string[];
  phones: string[];
  channels: string[];
  comment: string;
}

let counter = 0;
const nextKey = () => `draft-${++counter}`;

export const emptyContractor = (): ContractorDraft => ({
  key: nextKey(), trade: null, contractorId: null, name: '', emails: [], phones: [], channels: ['email'], instructions: '',
});

export const emptyParty = (channels: string[] = ['email']): PartyDraft => ({
  key: nextKey(), personId: null, name: '', emails: [], phones: [], channels, comment: '',
});

/** Whether anything was chosen or typed. */
export const contractorFilled = (d: ContractorDraft) => !!d.contractorId || !!d.name.trim();
export const partyFilled = (d: PartyDraft) => !!d.personId || !!d.name.trim();

/** A chosen contractor keeps its id (the fields given override it for this ticket); a typed one its name. */
export function toContractorChoice(d: ContractorDraft): ContractorChoiceT {
  return {
    ...(d.contractorId ? { contractorId: d.contractorId } : { name: d.name.trim() }),
    ...(d.emails.length ? { emails: d.emails } : {}),
    ...(d.phones.length ? { phones: d.phones } : {}),
    ...(d.channels.length ? { channels: d.channels as ContractorChoiceT['channels'] } : {}),
    ...(d.instructions.trim() ? { instructions: d.instructions.trim() } : {}),
  };
}

export function toPartyChoice(d: PartyDraft): PartyChoiceT {
  return {
    ...(d.personId ? { personId: d.personId } : { name: d.name.trim() }),
    ...(d.emails.length ? { emails: d.emails } : {}),
    ...(d.phones.length ? { phones: d.phones } : {}),
    channels: d.channels as PartyChoiceT['channels'],
    ...(d.comment.trim() ? { comment: d.comment.trim() } : {}),
  };
}

/** A party already on a ticket, as a draft to edit. */
export function partyDraftOf(p: { personId: string | null; name: string; emails: string[]; phones: string[]; channels: string[]; comment: string | null }): PartyDraft {
  return { key: nextKey(), personId: p.personId, name: p.name, emails: p.emails, phones: p.phones, channels: p.channels, comment: p.comment ?? '' };
}
