// Every event of a ticket's history (DOMAIN.md §6: "each action is recorded as an event"), as a
// table: its name, the schema of its payload, whether it is received from a party (`in`: an
// answer, also when staff enters it on the party's behalf) or done by staff or the system
// (`out`), and whether it counts as an unread answer (a party's answer the staff concerned hear
// of, and that makes the ticket need action until read). Handlers record only these names with
// these payloads (ActionScope.record is typed by this table); notification rules, the history's
// sentences, the summary PDF and the web's labels take their event types from here.
//
// One verb per step: an event is the step's object and the past participle of the action's verb
// (`accept_quote` → `quote_accepted`, `confirm_quote` → `quote_confirmed`); a template sent after
// one step carries that step's verb, and one sent after every step that reaches a state carries
// the state's name (`watcher_quote_approved` after `quote_accepted` or `quote_approved`).
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Payload = <P extends Record<string, TSchema>>(properties: P) => Type.Object(properties, { additionalProperties: false });

const contractor = Type.String();
const comment = Nullable(Type.String());
const instant = Type.String(); // ISO 8601 with offset
/** Who entered a party's answer on its behalf (absent when the party answered itself). */
const enteredBy = Type.Optional(Type.String());
const channels = Type.Array(Type.String());
const dispatchKind = Type.Union([Type.Literal('work_order'), Type.Literal('quote')]);
const reminderTemplate = Type.Union([Type.Literal('reminder_work_order'), Type.Literal('reminder_quote'), Type.Literal('reminder_invoice')]);
/** What the automation records when it asks or tells the contractor something before or after an appointment. */
const automatic = Payload({ automatic: Type.Literal(true), appointment: Nullable(instant) });
const dispatchSent = { contractor, channels, replaces: Type.Optional(Type.String()) };

export interface EventSpec {
  /** The payload's schema; the payload's type is `Static` of it. */
  payload: TSchema;
  /** `in`: received from a party (or entered on its behalf); `out`: staff's or the system's own doing. */
  direction: 'in' | 'out';
  /** A party's answer: it reaches the staff concerned and counts as unread until read. */
  unread: boolean;
}

const answer = <S extends TSchema>(payload: S, unread = true) => ({ payload, direction: 'in' as const, unread });
const done = <S extends TSchema>(payload: S) => ({ payload, direction: 'out' as const, unread: false });

export const EVENTS = {
  // the request and the ticket
  request_received: answer(Payload({
    source: Type.String(), originalDescription: Type.String(), requester: Nullable(Type.String()),
    /** The sender is told the request arrived (email from an unknown sender, web form). */
    acknowledge: Type.Optional(Type.Boolean()),
    /** The recorded inbound message it came from (its original is downloadable). */
    inboundMessageId: Type.Optional(Type.String()),
  }), false),
  ticket_created: done(Payload({ type: Type.String(), subject: Type.String(), assigneeId: Nullable(Type.String()), routingRule: Nullable(Type.String()) })),
  request_validated: done(Payload({ type: Type.String() })),
  request_cancelled: done(Payload({ reason: comment })),
  ticket_edited: done(Payload({ changed: Type.Array(Type.String()), before: Type.Object({ subject: Type.String(), description: Type.String() }) })),
  ticket_reassigned: done(Payload({ from: Nullable(Type.String()), to: Type.String(), toName: Type.String() })),
  silent_on: done(Payload({})),
  silent_off: done(Payload({})),
  reminders_set: done(Payload({ before: Type.Unknown(), after: Type.Unknown() })),
  party_updated: done(Payload({ emails: Type.Array(Type.String()), phones: Type.Array(Type.String()), channels })),
  ticket_closed: done(Payload({ comment })),

  // resolution and the requester's feedback (the residents' portal)
  /** Resolved by the manager (`mark_resolved`), or on its own when the work is done and invoiced. */
  ticket_resolved: done(Payload({ comment, automatic: Type.Boolean() })),
  feedback_requested: done(Payload({})),
  feedback_given: answer(Payload({ rating: Type.String(), reason: Nullable(Type.String()), comment })),
  ticket_auto_closed: done(Payload({ days: Type.Integer({ minimum: 0 }) })),

  // writing to people
  internal_note: done(Payload({ html: Type.String() })),
  message_sent: done(Payload({
    to: Type.String(), subject: Type.String(), body: Type.String(),
    /** Written to the requester (their thread, a link to their portal ticket). */
    toRequester: Type.Optional(Type.Literal(true)),
  })),
  message_received: answer(Payload({
    from: Type.String(), body: Type.String(),
    /** An answer by email or SMS: the recorded inbound message (its full original is downloadable). */
    inboundMessageId: Type.Optional(Type.String()),
    /** The email's subject, and whether quoted history or a signature was trimmed from `body`. */
    subject: Type.Optional(Type.String()),
    trimmed: Type.Optional(Type.Boolean()),
  })),
  third_party_informed: done(Payload({
    recipients: Type.Array(Type.Object({ name: Type.String(), emails: Type.Array(Type.String()), phones: Type.Array(Type.String()), channels })),
    step: Type.String(), stepLabel: Type.String(), message: comment,
  })),
  attachments_added: done(Payload({ count: Type.Integer({ minimum: 0 }), comment })),

  // contractors and their dispatches
  contractor_added: done(Payload({ contractor, type: Type.String() })),
  contractor_replaced: done(Payload({ contractor, reason: comment, afterRefusal: Type.Optional(Type.Boolean()) })),
  intervention_cancelled: done(Payload({ contractor, reason: comment })),
  work_order_sent: done(Payload(dispatchSent)),
  work_order_acknowledged: answer(Payload({ contractor })),
  contractor_accepted: answer(Payload({ contractor, kind: dispatchKind, startsAt: Nullable(instant), durationMinutes: Nullable(Type.Integer()), comment, enteredBy })),
  contractor_refused: answer(Payload({ contractor, reason: Type.String(), enteredBy })),
  reminder_sent: done(Payload({
    manual: Type.Optional(Type.Literal(true)), automatic: Type.Optional(Type.Literal(true)), count: Type.Optional(Type.Integer()),
    template: Type.Optional(reminderTemplate), channels: Type.Optional(channels), state: Type.String(),
  })),

  // the appointment, check-in, completion
  appointment_proposed: answer(Payload({ contractor, startsAt: instant, durationMinutes: Type.Integer(), comment })),
  appointment_set: answer(Payload({ contractor, startsAt: instant, durationMinutes: Type.Integer(), comment, enteredBy }), false),
  appointment_validated: done(Payload({ startsAt: Nullable(instant), comment })),
  appointment_postponed: done(Payload({ from: Nullable(instant), to: instant, reason: comment })),
  appointment_reminder_sent: done(automatic),
  check_in_requested: done(automatic),
  check_in_answered: answer(Payload({
    contractor, presence: Type.Union([Type.Literal('on_site'), Type.Literal('late'), Type.Literal('postpone'), Type.Literal('cannot_come')]),
    startsAt: Nullable(instant), comment, enteredBy,
  })),
  completion_requested: done(automatic),
  work_completed: answer(Payload({ contractor, comment, invoiceAmountCents: Nullable(Type.Integer()), enteredBy })),

  // the invoice
  invoice_requested: done(Payload({ contractor, comment })),
  invoice_received: answer(Payload({ contractor, amountCents: Type.Integer(), comment, enteredBy })),
  invoice_rerequested: done(Payload({ contractor, comment: Type.String() })),

  // quotes
  quote_requested: done(Payload({ ...dispatchSent, channels: Type.Optional(channels), fromWorkOrder: Type.Optional(Type.Literal(true)), comment: Type.Optional(comment) })),
  quote_received: answer(Payload({ contractor, amountCents: Type.Integer(), validUntil: Nullable(Type.String()), comment, enteredBy })),
  quote_accepted: done(Payload({ contractor, amountCents: Nullable(Type.Integer()), comment })),
  quote_rejected: done(Payload({ contractor, comment })),
  quote_not_retained: done(Payload({ contractor })),
  approval_requested: done(Payload({ approver: Type.String(), contractors: Type.Array(Type.String()), dispatchIds: Type.Array(Type.String()), informed: Type.Array(Type.String()), comment })),
  quote_approved: answer(Payload({ approver: Type.String(), contractor, comment, enteredBy })),
  quote_disapproved: answer(Payload({ approver: Type.String(), contractor, comment, enteredBy })),
  quote_confirmed: done(Payload({ contractor, comment })),

  // incidents: reports of one outage gathered on one ticket (src/tickets/incidents/)
  /** On the report: linked to the incident (`merged`: closed as its duplicate at once). */
  linked_to_incident: done(Payload({ incident: Type.Integer(), merged: Type.Boolean() })),
  /** On the incident: a report linked; the report's requester's party here, and whether the link added it. */
  incident_report_linked: done(Payload({ ticket: Type.Integer(), merged: Type.Boolean(), watcherPartyId: Nullable(Type.String()), watcherAdded: Type.Boolean() })),
  /** On the report: the link undone. */
  unlinked_from_incident: done(Payload({ incident: Type.Integer() })),
  /** On the incident: a report's link undone; whether the watcher the link had added was removed. */
  incident_report_unlinked: done(Payload({ ticket: Type.Integer(), watcherRemoved: Type.Boolean() })),
  /** On a report: closed as a duplicate of the incident (merged, or the incident closed). */
  closed_as_duplicate: done(Payload({ incident: Type.Integer() })),
  /** On the incident: one update worded once, to its requester and every linked report's (the parties listed). */
  incident_update_sent: done(Payload({ message: Type.String(), channels: Nullable(channels), partyIds: Type.Array(Type.String()), reports: Type.Array(Type.Integer()) })),
  /** On each linked report: the incident's update, so its own history (and its requester's portal) says it. */
  incident_update_relayed: done(Payload({ incident: Type.Integer(), message: Type.String() })),
} as const satisfies Record<string, EventSpec>;

export type EventType = keyof typeof EVENTS;
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

/** The payload an event of type `T` carries. */
export type EventPayload<T extends EventType> = Static<(typeof EVENTS)[T]['payload']>;

/** Whether `type` names an event of the catalogue (for values read from outside the type system). */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENTS, type);
}

/** Whether an event counts as an unread answer: an answer of the catalogue, given by a party
 * itself (not entered by staff on its behalf, not written by the system). */
export function countsAsUnread(type: EventType, actorType: string): boolean {
  return EVENTS[type].unread && actorType !== 'staff' && actorType !== 'system';
}
