// What one event gives the messages it sends, beyond the ticket's own values (template-variables.ts):
// for each template variable that belongs to an event, the payload fields it is read from, the first
// one present winning. The outbox writer (queue-messages.ts) reads payloads through this table and a
// test checks, over every shipped template and every event that sends it, that each such variable a
// template reads is fed by a field of the event's payload (events.ts).
import type { TemplateKey } from './template-catalogue.ts';

/** Templates whose `comment` is, when the event gives none, the dispatch's instructions to the contractor. */
export const INSTRUCTION_TEMPLATES: readonly TemplateKey[] = ['work_order', 'quote_request', 'reminder_work_order', 'reminder_quote'];

/** Variable → payload fields, first present wins. */
export const EVENT_VALUES = {
  // "Informer un tiers" records the manager's words as `message`.
  comment: ['comment', 'message'],
  // A contractor who cannot come says why in their comment.
  reason: ['reason', 'comment'],
  'message.subject': ['subject'],
  // The words of a message, or of a party's answer (what the staff's notice quotes).
  'message.body': ['body', 'message', 'comment', 'reason'],
  'reminder.count': ['count'],
} as const satisfies Record<string, readonly string[]>;

export type EventValueName = keyof typeof EVENT_VALUES;
export const EVENT_VALUE_NAMES = Object.keys(EVENT_VALUES) as EventValueName[];

/** The value of `name` in `payload`: the first of its fields holding a string or a number. */
export function eventValue(payload: Record<string, unknown>, name: EventValueName): string | number | undefined {
  for (const field of EVENT_VALUES[name]) {
    const value = payload[field];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return value;
  }
  return undefined;
}
