// What an event of the history says in one sentence of the interface language ("Plomberie
// Dupuis fera le devis"), from the translation files' `history.sentence.<type>` (a context
// suffix picks a variant: `_quote`, `_undated`…). The sentence names the details it carries, so
// that the lines below it (event-details.ts) do not say them twice.
import type { TFunction } from 'i18next';
import type { TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import type { EventDetailsFormat, EventDetailsLabels } from './event-details.ts';
import { FEEDBACK_RATINGS, FEEDBACK_REASONS } from '../../../../src/domain/portal/portal-codes.ts';

/** Who is named in an event without its name in the payload: the ticket's parties. */
export interface EventParties {
  contractorOf: (dispatchId: string | null) => { name: string; kind: string } | undefined;
  partyName: (partyId: string | null) => string | undefined;
}

export interface EventSentence {
  text: string;
  /** The detail keys (event-details.ts) the sentence already says. */
  covered: string[];
  /** The values the sentence was filled with (the contractor's name, …). */
  values: Record<string, string | number>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const names = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v && 'name' in v ? String((v as { name: unknown }).name) : '')).filter(Boolean)
    : [];

/** The reminder's object, from its template (what was sent), else from the dispatch's kind. */
function reminderContext(template: unknown, kind: string | undefined): string {
  if (template === 'reminder_invoice') return 'invoice';
  if (template === 'reminder_quote') return 'quote';
  if (template === 'reminder_work_order') return 'work_order';
  return kind === 'quote' ? 'quote' : kind === 'work_order' ? 'work_order' : '';
}

/** The event's sentence; an event outside the catalogue reads as its title or its code in words. */
export function eventSentence(
  event: TicketEvent,
  t: TFunction,
  format: EventDetailsFormat,
  labels: EventDetailsLabels,
  currency: string,
  parties: EventParties,
): EventSentence {
  const p = event.payload ?? {};
  const dispatch = parties.contractorOf(event.dispatchId);
  const contractor = text(p.contractor) ?? dispatch?.name ?? t('history.someone.contractor');
  const instant = (value: unknown) => (text(value) ? format.dateTime(String(value)) : null);
  const amountOf = (value: unknown) => (num(value) !== null ? format.money(num(value)!, currency) : null);
  const covered: string[] = ['contractor'];
  let context = '';
  const values: Record<string, string | number> = { contractor };
  const cover = (key: string, value: string | null, detailKey = key) => {
    if (value === null) return false;
    values[key] = value;
    covered.push(detailKey);
    return true;
  };

  switch (event.type) {
    case 'request_received':
      if (!cover('requester', text(p.requester))) context = 'anonymous';
      break;
    case 'ticket_created':
    case 'request_validated':
      cover('type', text(p.type) ? labels.typeLong(String(p.type)).toLowerCase() : t('history.someone.type'));
      break;
    case 'ticket_edited': {
      const changed = Array.isArray(p.changed) ? p.changed.map((f) => t(`fields.${String(f)}`, { defaultValue: String(f) }).toLowerCase()) : [];
      if (!cover('changed', changed.length ? format.list(changed) : null)) context = 'nothing';
      break;
    }
    case 'ticket_reassigned':
      cover('toName', text(p.toName) ?? t('history.someone.manager'));
      break;
    case 'party_updated':
      cover('name', dispatch?.name ?? parties.partyName(event.partyId) ?? t('history.someone.party'));
      break;
    case 'message_sent':
      if (!cover('to', text(p.to) ?? dispatch?.name ?? parties.partyName(event.partyId) ?? null, 'recipient')) context = 'anonymous';
      break;
    case 'message_received':
      cover('from', text(p.from) ?? event.actorName);
      break;
    case 'third_party_informed':
      cover('names', names(p.recipients).length ? format.list(names(p.recipients)) : t('history.someone.party'), 'recipients');
    {
      // The step in the interface language; the label recorded with the event for an unknown code.
      const step = text(p.step) ? labels.status(String(p.step)) : null;
      if (!cover('step', step && step !== p.step ? step : text(p.stepLabel), 'stepLabel')) context = 'nostep';
    }
      break;
    case 'attachments_added':
      values.count = num(p.count) ?? 1;
      covered.push('count');
      break;
    case 'contractor_replaced':
      if (p.afterRefusal === true) context = 'refused';
      break;
    case 'contractor_accepted':
      if (p.kind === 'quote') context = 'quote';
      else if (!cover('at', instant(p.startsAt), 'startsAt')) context = 'undated';
      break;
    case 'contractor_refused':
      if (dispatch?.kind === 'quote') context = 'quote';
      break;
    case 'reminder_sent':
      // `count` is how many reminders went out: the sentence says what was sent, not that number.
      context = reminderContext(p.template, dispatch?.kind);
      covered.push('count');
      break;
    case 'appointment_proposed':
    case 'appointment_set':
      cover('at', instant(p.startsAt) ?? '?', 'startsAt');
      break;
    case 'appointment_validated':
      if (!cover('at', instant(p.startsAt), 'startsAt')) context = 'undated';
      break;
    case 'appointment_postponed':
      cover('to', instant(p.to) ?? '?');
      break;
    case 'appointment_reminder_sent':
    case 'check_in_requested':
    case 'completion_requested':
      if (!cover('at', instant(p.appointment))) context = 'undated';
      break;
    case 'check_in_answered':
      context = text(p.presence) ?? '';
      covered.push('presence');
      break;
    case 'invoice_received':
    case 'quote_received':
      if (!cover('amount', amountOf(p.amountCents))) context = 'noamount';
      break;
    case 'approval_requested':
      cover('approver', text(p.approver) ?? parties.partyName(event.partyId) ?? t('history.someone.approver'));
      if (!cover('contractors', names(p.contractors).length ? format.list(names(p.contractors)) : null)) context = 'onequote';
      break;
    case 'quote_approved':
    case 'quote_disapproved':
      cover('approver', text(p.approver) ?? parties.partyName(event.partyId) ?? t('history.someone.approver'));
      break;
    case 'ticket_resolved':
      if (p.automatic === true) context = 'automatic';
      break;
    case 'feedback_given': {
      // The rating and the reason in words (their codes never reach the screen).
      const rating = text(p.rating);
      cover('rating', rating ? t(`feedback.rating.${(FEEDBACK_RATINGS as readonly string[]).includes(rating) ? rating : 'unknown'}`) : t('feedback.rating.unknown'));
      const reason = text(p.reason);
      if (!cover('reason', reason ? t(`feedback.reason.${(FEEDBACK_REASONS as readonly string[]).includes(reason) ? reason : 'other'}`) : null)) context = 'noreason';
      break;
    }
    case 'linked_to_incident':
      if (p.merged === true) context = 'merged';
      cover('incident', num(p.incident) !== null ? String(p.incident) : '?');
      break;
    case 'unlinked_from_incident':
    case 'closed_as_duplicate':
    case 'incident_update_relayed':
      cover('incident', num(p.incident) !== null ? String(p.incident) : '?');
      break;
    case 'incident_report_linked':
    case 'incident_report_unlinked':
      cover('ticket', num(p.ticket) !== null ? String(p.ticket) : '?');
      break;
    case 'incident_update_sent':
      values.count = Array.isArray(p.partyIds) ? p.partyIds.length : 0;
      covered.push('count');
      break;
    case 'ticket_auto_closed':
      values.count = num(p.days) ?? 0;
      covered.push('count');
      break;
    default:
      break;
  }

  const key = `history.sentence.${event.type}`;
  const fallback = t(`history.type.${event.type}`, { defaultValue: event.type.replace(/_/g, ' ') });
  return { text: t(key, { ...values, context: context || undefined, defaultValue: fallback }), covered, values };
}

/** Who the event is from, as the timeline shows them: the party for what was received (also
 * when staff entered it on the party's behalf), the staff member or Gardien for the rest. */
export function eventActor(event: TicketEvent, parties: EventParties): string {
  if (event.direction !== 'in') return event.actorName;
  const p = event.payload ?? {};
  return (
    text(p.contractor) ?? text(p.approver) ?? text(p.from) ?? text(p.requester) ?? parties.contractorOf(event.dispatchId)?.name ?? parties.partyName(event.partyId) ?? event.actorName
  );
}
