// What an event of the history says, from its payload: a line per known field, labelled and
// formatted in the interface language. Unknown fields are left out, unknown types still show.
import type { TFunction } from 'i18next';
import type { useFormat } from '../../i18n/format.ts';
import type { useLabels } from '../shared/labels.ts';
import type { TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';

export interface EventDetail {
  key: string;
  label: string;
  value: string;
  /** Long text kept with its line breaks. */
  block?: boolean;
}

/** The formatters and labels the history reads (useFormat's and useLabels'). */
export type EventDetailsFormat = Pick<ReturnType<typeof useFormat>, 'dateTime' | 'minutes' | 'money' | 'calendarDate' | 'list' | 'number' | 'period'>;
export type EventDetailsLabels = Pick<ReturnType<typeof useLabels>, 'status' | 'typeLong' | 'source' | 'channel' | 'presence'>;
type Format = EventDetailsFormat;
type Labels = EventDetailsLabels;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const names = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v && 'name' in v ? String((v as { name: unknown }).name) : '')).filter(Boolean)
    : [];

interface Delay {
  every: number;
  unit: 'days' | 'hours';
  max: number;
}
const isDelay = (value: unknown): value is Delay =>
  !!value && typeof value === 'object' && typeof (value as Delay).every === 'number' && typeof (value as Delay).max === 'number';

/** The reminder delays that changed, each in words with its new value. */
function reminderChanges(before: unknown, after: unknown, t: TFunction, format: Format): EventDetail[] {
  if (!after || typeof after !== 'object') return [];
  const old = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const out: EventDetail[] = [];
  for (const key of ['workOrder', 'quote', 'invoice'] as const) {
    const delay = now[key];
    if (!isDelay(delay) || JSON.stringify(delay) === JSON.stringify(old[key])) continue;
    const value = delay.every === 0 || delay.max === 0 ? t('reminders.never') : t('reminders.summary', { every: format.period(delay.every, delay.unit), max: delay.max });
    out.push({ key: `reminders.${key}`, label: t(`reminders.${key}`), value });
  }
  const hours = now.appointmentHours;
  if (typeof hours === 'number' && hours !== old.appointmentHours) {
    out.push({ key: 'reminders.appointmentHours', label: t('reminders.appointmentHours'), value: hours ? format.period(hours, 'hours') : t('reminders.never') });
  }
  return out;
}

/** The event's details, in display order, less those its sentence already says (`covered`). */
export function eventDetails(event: TicketEvent, t: TFunction, format: Format, labels: Labels, currency: string, covered: readonly string[] = []): EventDetail[] {
  const p = event.payload ?? {};
  const out: EventDetail[] = [];
  const add = (key: string, value: string | null, block = false) => {
    if (value && !covered.includes(key)) out.push({ key, label: t(`history.field.${key}`), value, block });
  };
  const instant = (value: unknown) => (text(value) ? format.dateTime(String(value)) : null);

  add('contractor', text(p.contractor));
  add('replaces', text(p.replaces));
  add('approver', text(p.approver));
  add('requester', text(p.requester));
  if (event.type === 'appointment_postponed') {
    add('from', instant(p.from));
    add('to', instant(p.to));
  } else {
    add('recipient', text(p.to));
  }
  add('toName', text(p.toName));
  add('startsAt', instant(p.startsAt));
  add('durationMinutes', num(p.durationMinutes) ? format.minutes(num(p.durationMinutes)!) : null);
  add('presence', text(p.presence) ? labels.presence(String(p.presence)) : null);
  add('amount', num(p.amountCents) !== null ? format.money(num(p.amountCents)!, currency) : null);
  add('invoiceAmount', num(p.invoiceAmountCents) !== null ? format.money(num(p.invoiceAmountCents)!, currency) : null);
  add('validUntil', text(p.validUntil) ? format.calendarDate(String(p.validUntil)) : null);
  add('type', text(p.type) ? labels.typeLong(String(p.type)) : null);
  add('source', text(p.source) ? labels.source(String(p.source)) : null);
  add('contractors', names(p.contractors).length ? format.list(names(p.contractors)) : null);
  if (event.type === 'party_updated') {
    add('emails', Array.isArray(p.emails) && p.emails.length ? p.emails.join(', ') : null);
    add('phones', Array.isArray(p.phones) && p.phones.length ? p.phones.join(', ') : null);
  }
  add('recipients', names(p.recipients).length ? format.list(names(p.recipients)) : null);
  add('informed', names(p.informed).length ? format.list(names(p.informed)) : null);
  add('channels', Array.isArray(p.channels) && p.channels.length ? format.list(p.channels.map((c) => labels.channel(String(c)))) : null);
  add('changed', Array.isArray(p.changed) && p.changed.length ? format.list(p.changed.map((f) => t(`fields.${String(f)}`, { defaultValue: String(f) }))) : null);
  add('stepLabel', text(p.step) ? labels.status(String(p.step)) : null);
  if (event.type === 'reminders_set') out.push(...reminderChanges(p.before, p.after, t, format));
  add('subject', text(p.subject));
  add('body', text(p.body), true);
  add('message', text(p.message), true);
  add('originalDescription', text(p.originalDescription), true);
  add('reason', text(p.reason), true);
  add('comment', text(p.comment), true);
  add('enteredBy', text(p.enteredBy));
  return out;
}
