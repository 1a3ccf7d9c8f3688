// The creation form's state (the seed's three parts) and the API bodies built from it: a new
// ticket (`POST /tickets`) or the validation of a pending request (the `validate` action).
import type { CreateTicketInputT } from '../../../../src/tickets/ticket-input.ts';
import type { ActionInputOf } from '../../../../src/tickets/action-inputs.ts';
import { fromLocalInput, toLocalInput } from '../../ui/date-time-input.tsx';
import type { TicketDefaults } from '../shared/master-data.ts';
import type { ReminderDelays as Reminders, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import {
  contractorFilled, emptyContractor, emptyParty, partyDraftOf, partyFilled, toContractorChoice, toPartyChoice,
  type ContractorDraft, type PartyDraft,
} from './drafts.ts';
import type { TicketOptions } from './options-fields.tsx';
import { DEFAULT_REMINDERS } from './reminders-editor.tsx';

export interface TicketFormState {
  kind: 'work_order' | 'quote';
  propertyId: string | null;
  unitId: string | null;
  assigneeId: string | null;
  requester: PartyDraft;
  source: string;
  requestedAt: string;
  subject: string;
  description: string;
  originalDescription: string;
  categoryId: string | null;
  categoryFields: Record<string, unknown>;
  /** `visibility` '' leaves the agency's default. */
  options: TicketOptions;
  contractors: ContractorDraft[];
  contact: PartyDraft;
  watchers: PartyDraft[];
  reminders: Reminders;
  /** Only changed delays are sent, so the agency's defaults apply otherwise. */
  remindersTouched: boolean;
  files: File[];
}

/** A blank form: a work order, requested now, by phone; the agency's defaults when known. */
export function emptyForm(defaults?: TicketDefaults): TicketFormState {
  return {
    kind: 'work_order',
    propertyId: null,
    unitId: null,
    assigneeId: null,
    requester: emptyParty([]),
    source: 'phone',
    requestedAt: toLocalInput(new Date()),
    subject: '',
    description: defaults?.defaultDescription ?? '',
    originalDescription: '',
    categoryId: null,
    categoryFields: {},
    options: { silent: false, presenceCheck: false, notifyReminders: false, visibility: defaults?.defaultVisibility ?? '', sendOwnerName: false },
    contractors: [emptyContractor()],
    contact: emptyParty(),
    watchers: [],
    reminders: defaults?.reminderDefaults ?? DEFAULT_REMINDERS,
    remindersTouched: false,
    files: [],
  };
}

/** The visibility once the property changes: the new activity's default, unless the user chose
 * another visibility than the default they had (or the settings are unknown: ''). */
export function visibilityForModule(
  current: string,
  previous: 'syndic' | 'gerance' | null | undefined,
  next: 'syndic' | 'gerance' | null | undefined,
  defaults: TicketDefaults | undefined,
): string {
  if (!defaults || current === '') return current;
  const defaultOf = (module: typeof next) => (module ? (defaults.defaultVisibilityByModule?.[module] ?? defaults.defaultVisibility) : defaults.defaultVisibility);
  return current === defaultOf(previous) ? defaultOf(next) : current;
}

/** The form of a pending request, pre-filled from the ticket. */
export function formOfTicket(ticket: Ticket): TicketFormState {
  return {
    ...emptyForm(),
    propertyId: ticket.property?.id ?? null,
    unitId: ticket.unit?.id ?? null,
    assigneeId: ticket.assignee?.id ?? null,
    source: ticket.source,
    requestedAt: toLocalInput(ticket.requestedAt),
    subject: ticket.subject,
    description: ticket.description,
    originalDescription: ticket.originalDescription,
    categoryId: ticket.category?.id ?? null,
    categoryFields: ticket.categoryFields ?? {},
    options: {
      silent: ticket.silent, presenceCheck: ticket.presenceCheck, notifyReminders: ticket.notifyReminders, visibility: ticket.visibility, sendOwnerName: ticket.sendOwnerName,
    },
    contact: ticket.contactPerson ? partyDraftOf(ticket.contactPerson) : emptyParty(),
    watchers: ticket.watchers.map(partyDraftOf),
    reminders: ticket.reminders,
  };
}

/** What the browser checks before sending: the required fields, by the server's field names. */
export function missingFields(state: TicketFormState): string[] {
  const missing: string[] = [];
  if (!state.propertyId) missing.push('propertyId');
  if (!state.subject.trim()) missing.push('subject');
  if (!state.contractors.some(contractorFilled)) missing.push('contractors');
  return missing;
}

function sharedFields(state: TicketFormState, module: 'syndic' | 'gerance' | undefined) {
  const { options } = state;
  const contractors = state.contractors.filter(contractorFilled).map(toContractorChoice);
  return {
    ...(state.unitId ? { unitId: state.unitId } : {}),
    ...(state.description.trim() ? { description: state.description } : {}),
    ...(state.originalDescription.trim() ? { originalDescription: state.originalDescription } : {}),
    ...(state.categoryId ? { categoryId: state.categoryId, categoryFields: state.categoryFields } : {}),
    ...(state.assigneeId ? { assigneeId: state.assigneeId } : {}),
    silent: options.silent,
    ...(state.kind === 'work_order' ? { presenceCheck: options.presenceCheck } : {}),
    notifyReminders: options.notifyReminders,
    ...(options.visibility ? { visibility: options.visibility as CreateTicketInputT['visibility'] } : {}),
    ...(module === 'gerance' ? { sendOwnerName: options.sendOwnerName } : {}),
    contractors,
    ...(partyFilled(state.contact) ? { contactPerson: toPartyChoice(state.contact) } : {}),
    watchers: state.watchers.filter(partyFilled).map(toPartyChoice),
    ...(state.remindersTouched ? { reminders: state.reminders } : {}),
  };
}

/** The body of `POST /tickets`. */
export function toCreateInput(state: TicketFormState, module: 'syndic' | 'gerance' | undefined): CreateTicketInputT {
  const requestedAt = fromLocalInput(state.requestedAt);
  return {
    type: state.kind === 'quote' ? 'DS' : 'ODS',
    propertyId: state.propertyId ?? '',
    subject: state.subject.trim(),
    ...(partyFilled(state.requester) ? { requester: toPartyChoice(state.requester) } : {}),
    source: state.source as CreateTicketInputT['source'],
    ...(requestedAt ? { requestedAt } : {}),
    ...sharedFields(state, module),
  };
}

/** The body of the `validate` action on a pending request. */
export function toValidateInput(state: TicketFormState, module: 'syndic' | 'gerance' | undefined): ActionInputOf<'validate'> {
  const { silent, ...fields } = sharedFields(state, module);
  return {
    action: 'validate',
    kind: state.kind,
    subject: state.subject.trim(),
    ...(state.propertyId ? { propertyId: state.propertyId } : {}),
    unitId: state.unitId,
    silent,
    ...fields,
  };
}
