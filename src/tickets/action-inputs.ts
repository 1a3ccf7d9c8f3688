// The input of every staff action (`POST /tickets/{number}/actions`), one schema per action,
// told apart by `action`. The same schemas validate the API and document it.
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { CHANNELS } from '../domain/master-data.ts';
import { PRESENCES, VISIBILITIES } from '../domain/tickets/codes.ts';
import type { StaffAction } from '../domain/tickets/action-catalogue.ts';

const Uuid = Type.String({ format: 'uuid' });
const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Email = Type.String({ format: 'email', maxLength: 254 });
const Phone = Type.String({ pattern: '^\\+?[0-9 ().-]{6,24}$' });
const Text = (max: number, min = 0) => Type.String({ maxLength: max, minLength: min });
const Channels = Type.Array(oneOf(CHANNELS), { minItems: 1, maxItems: 2, uniqueItems: true });
const Attachments = Type.Array(Uuid, { maxItems: 20, uniqueItems: true });
const Money = Type.Integer({ minimum: 0, maximum: 100_000_000_00 });
const StartsAt = Type.String({ format: 'date-time' });
const Duration = Type.Integer({ minimum: 5, maximum: 7 * 24 * 60 });
const Delay = Type.Object(
  { every: Type.Integer({ minimum: 0, maximum: 365 }), unit: oneOf(['days', 'hours'] as const), max: Type.Integer({ minimum: 0, maximum: 20 }) },
  { additionalProperties: false },
);

/** A contractor on a ticket: from master data (fields given override it for this ticket) or typed in. */
export const ContractorChoice = Type.Object(
  {
    contractorId: Type.Optional(Uuid),
    name: Type.Optional(Text(200, 1)),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
    channels: Type.Optional(Channels),
    instructions: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);

/** A person on a ticket (contact, watcher, approver, third party): from master data or typed in. */
export const PartyChoice = Type.Object(
  {
    personId: Type.Optional(Uuid),
    name: Type.Optional(Text(200, 1)),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
    channels: Type.Optional(Type.Array(oneOf(CHANNELS), { maxItems: 2, uniqueItems: true })),
    comment: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export const RemindersPatch = Type.Object(
  {
    workOrder: Type.Optional(Delay),
    quote: Type.Optional(Delay),
    invoice: Type.Optional(Delay),
    appointmentHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 * 14 })),
  },
  { additionalProperties: false },
);

/** Fields a manager may change on a ticket (edit, and the form that validates a pending request). */
export const ticketFields = {
  subject: Type.Optional(Text(300, 1)),
  description: Type.Optional(Text(20_000)),
  originalDescription: Type.Optional(Text(20_000)),
  propertyId: Type.Optional(Uuid),
  unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  categoryId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  categoryFields: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  presenceCheck: Type.Optional(Type.Boolean()),
  notifyReminders: Type.Optional(Type.Boolean()),
  visibility: Type.Optional(oneOf(VISIBILITIES)),
  sendOwnerName: Type.Optional(Type.Boolean()),
  contactPerson: Type.Optional(Type.Union([PartyChoice, Type.Null()])),
  watchers: Type.Optional(Type.Array(PartyChoice, { maxItems: 30 })),
};

const comment = { comment: Type.Optional(Text(4000)) };
const onDispatch = { dispatchId: Uuid };

function action<N extends StaffAction, P extends TProperties>(name: N, properties: P): TObject<P & { action: ReturnType<typeof Type.Literal<N>> }> {
  return Type.Object({ action: Type.Literal(name), ...properties }, { additionalProperties: false }) as never;
}

export const ACTION_INPUTS = {
  validate: action('validate', {
    ...ticketFields,
    kind: oneOf(['work_order', 'quote'] as const),
    contractors: Type.Array(ContractorChoice, { minItems: 1, maxItems: 10 }),
    assigneeId: Type.Optional(Uuid),
    silent: Type.Optional(Type.Boolean()),
    reminders: Type.Optional(RemindersPatch),
  }),
  cancel_request: action('cancel_request', { reason: Type.Optional(Text(4000)) }),
  edit: action('edit', ticketFields),
  reassign: action('reassign', { assigneeId: Uuid }),
  set_silent: action('set_silent', { silent: Type.Boolean() }),
  set_reminders: action('set_reminders', { reminders: RemindersPatch }),
  internal_note: action('internal_note', { body: Text(50_000, 1), attachmentIds: Type.Optional(Attachments) }),
  send_message: action('send_message', {
    dispatchId: Type.Optional(Uuid),
    partyId: Type.Optional(Uuid),
    /** To the requester: their thread (their watcher party, made if missing). */
    toRequester: Type.Optional(Type.Literal(true)),
    subject: Type.Optional(Text(300)),
    body: Text(20_000, 1),
    attachmentIds: Type.Optional(Attachments),
  }),
  inform_third_party: action('inform_third_party', { recipients: Type.Array(PartyChoice, { minItems: 1, maxItems: 20 }), message: Type.Optional(Text(4000)) }),
  add_attachments: action('add_attachments', { attachmentIds: Attachments, ...comment }),
  update_party: action('update_party', {
    dispatchId: Type.Optional(Uuid),
    partyId: Type.Optional(Uuid),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
    channels: Type.Optional(Type.Array(oneOf(CHANNELS), { maxItems: 2, uniqueItems: true })),
  }),
  add_contractor: action('add_contractor', { contractor: ContractorChoice }),
  replace_contractor: action('replace_contractor', { ...onDispatch, contractor: ContractorChoice, reason: Type.Optional(Text(4000)) }),
  cancel_intervention: action('cancel_intervention', { dispatchId: Type.Optional(Uuid), reason: Type.Optional(Text(4000)) }),
  remind: action('remind', { ...onDispatch, channels: Type.Optional(Channels) }),
  enter_acceptance: action('enter_acceptance', { ...onDispatch, startsAt: Type.Optional(StartsAt), durationMinutes: Type.Optional(Duration), ...comment }),
  enter_refusal: action('enter_refusal', { ...onDispatch, reason: Text(4000, 1) }),
  enter_appointment: action('enter_appointment', { ...onDispatch, startsAt: StartsAt, durationMinutes: Duration, ...comment }),
  validate_appointment: action('validate_appointment', { ...onDispatch, ...comment }),
  postpone_appointment: action('postpone_appointment', { ...onDispatch, startsAt: StartsAt, durationMinutes: Type.Optional(Duration), reason: Type.Optional(Text(4000)) }),
  enter_presence: action('enter_presence', { ...onDispatch, presence: oneOf(PRESENCES), startsAt: Type.Optional(StartsAt), ...comment }),
  enter_completion: action('enter_completion', {
    ...onDispatch,
    ...comment,
    attachmentIds: Type.Optional(Attachments),
    invoice: Type.Optional(Type.Object({ amountCents: Money, attachmentIds: Type.Optional(Attachments) }, { additionalProperties: false })),
  }),
  request_quote: action('request_quote', { ...onDispatch, ...comment }),
  enter_quote: action('enter_quote', {
    ...onDispatch,
    amountCents: Money,
    validUntil: Type.Optional(Type.String({ format: 'date' })),
    attachmentIds: Type.Optional(Attachments),
    ...comment,
  }),
  accept_quote: action('accept_quote', { ...onDispatch, ...comment }),
  reject_quote: action('reject_quote', { ...onDispatch, ...comment }),
  request_approval: action('request_approval', {
    dispatchIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 10, uniqueItems: true })),
    approver: PartyChoice,
    informCouncil: Type.Optional(Type.Boolean()),
    ...comment,
  }),
  enter_approval: action('enter_approval', { ...onDispatch, decision: oneOf(['approve', 'disapprove'] as const), ...comment }),
  confirm_quote: action('confirm_quote', { ...onDispatch, ...comment, attachmentIds: Type.Optional(Attachments) }),
  request_invoice: action('request_invoice', { ...onDispatch, ...comment }),
  enter_invoice: action('enter_invoice', { ...onDispatch, amountCents: Money, attachmentIds: Type.Optional(Attachments), ...comment }),
  rerequest_invoice: action('rerequest_invoice', { ...onDispatch, comment: Text(4000, 1) }),
  close: action('close', { ...comment }),
  mark_resolved: action('mark_resolved', { ...comment }),
  link_to_incident: action('link_to_incident', { incidentNumber: Type.Integer({ minimum: 1, maximum: 999_999_999 }) }),
  merge_into_incident: action('merge_into_incident', { incidentNumber: Type.Integer({ minimum: 1, maximum: 999_999_999 }) }),
  unlink_from_incident: action('unlink_from_incident', {}),
  send_incident_update: action('send_incident_update', { message: Text(4000, 1), channels: Type.Optional(Channels) }),
} satisfies Record<StaffAction, TObject>;

/** The body of `POST /tickets/{number}/actions`: one of the inputs above, chosen by `action`. */
export const ActionInput = Type.Union(Object.values(ACTION_INPUTS), { discriminator: { propertyName: 'action' } });

export type ActionInputOf<A extends StaffAction> = Static<(typeof ACTION_INPUTS)[A]>;
export type AnyActionInput = { [A in StaffAction]: ActionInputOf<A> }[StaffAction];
export type ContractorChoiceT = Static<typeof ContractorChoice>;
export type PartyChoiceT = Static<typeof PartyChoice>;
export type RemindersPatchT = Static<typeof RemindersPatch>;
