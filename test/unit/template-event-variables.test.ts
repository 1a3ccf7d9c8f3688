// Every shipped template against the events that send it: each variable a template reads that
// belongs to one event (a comment, a reason, a message) must be fed by a field of every such
// event's payload (src/domain/messages/event-values.ts over the catalogue of events), or what the
// manager or the party typed never reaches the email. Also: every variable read is one of
// TEMPLATE_VARIABLES, every template is sent by some event, and only templates that carry a
// personal link read `link`.
import { describe, it, expect } from 'vitest';
import { Liquid } from 'liquidjs';
import { DEFAULT_TEMPLATES } from '../../src/messages/default-templates.ts';
import { NOTIFICATION_RULES, PARTY_ANSWERS } from '../../src/domain/messages/notification-rules.ts';
import { TEMPLATES, TEMPLATE_KEYS, TEMPLATE_VARIABLES, type TemplateKey } from '../../src/domain/messages/template-catalogue.ts';
import { EVENTS, type EventType } from '../../src/domain/tickets/events.ts';
import { EVENT_VALUES, EVENT_VALUE_NAMES, INSTRUCTION_TEMPLATES, type EventValueName } from '../../src/domain/messages/event-values.ts';

const liquid = new Liquid();

/** The variables a template reads (both languages, subject, body and SMS), as dotted paths. */
function variablesRead(key: TemplateKey): Set<string> {
  const read = new Set<string>();
  for (const language of ['fr', 'en'] as const) {
    const texts = DEFAULT_TEMPLATES[key][language];
    for (const source of [texts.email.subject, texts.email.body, texts.sms ?? '']) {
      for (const variables of Object.values(liquid.analyzeSync(liquid.parse(source)).globals)) {
        for (const variable of variables) {
          const path = variable.segments.filter((s) => typeof s === 'string');
          // Liquid's own properties of a list or a string (`quotes.size`) are not variables.
          if (path.length > 1 && ['size', 'first', 'last'].includes(path.at(-1)!)) path.pop();
          read.add(path.join('.'));
        }
      }
    }
  }
  return read;
}

/** The events that send a template: the notification rules, and every party's answer for the staff's notice. */
function eventsSending(key: TemplateKey): EventType[] {
  const events = NOTIFICATION_RULES.filter((rule) => rule.template === key).map((rule) => rule.event);
  if (key === 'staff_answer_received') events.push(...PARTY_ANSWERS);
  return [...new Set(events)];
}

/** Event values that have a value of their own when the event gives none. */
const FALLBACKS: Partial<Record<EventValueName, string>> = {
  'message.subject': 'the ticket\u2019s subject',
  'reminder.count': 'the reminders sent to the dispatch so far',
};

/** Pairs where the event gives no such value on purpose, and why. */
const NOTHING_TO_SAY: { template: TemplateKey; event: EventType; variable: EventValueName; why: string }[] = [
  { template: 'staff_answer_received', event: 'work_order_acknowledged', variable: 'message.body', why: 'an acknowledgement carries no words: the notice says who answered' },
];

const payloadFields = (event: EventType) => Object.keys((EVENTS[event].payload as { properties: Record<string, unknown> }).properties);

describe('every shipped template against the events that send it', () => {
  it('reads only the documented variables', () => {
    const known = new Set<string>(TEMPLATE_VARIABLES);
    const unknown = TEMPLATE_KEYS.flatMap((key) => [...variablesRead(key)].filter((v) => !known.has(v)).map((v) => `${key}: ${v}`));
    expect(unknown).toEqual([]);
  });

  it('is sent by at least one event (the password reset by the staff account\u2019s own request)', () => {
    // Account emails leave on their own request, not after a ticket's event: the staff's password
    // reset, the portal's invitations, sign-in links and password resets, a report's copy to its author;
    // the daily digest of new documents and the news wall's urgent posts leave from the automation pass
    // or their publication; the bookings' emails (src/bookings/booking-emails.ts); the app admins'
    // notice of a webhook switched off (src/webhooks/switch-off-failing-webhook.ts).
    const ACCOUNT_EMAILS: readonly string[] = ['password_reset', 'portal_invitation', 'portal_invitation_reminder', 'portal_sign_in_link', 'portal_password_reset', 'report_copy', 'documents_digest', 'news_urgent',
      'booking_confirmed', 'booking_pending', 'booking_refused', 'booking_cancelled', 'booking_reminder', 'webhook_disabled'];
    const unsent = TEMPLATE_KEYS.filter((key) => !ACCOUNT_EMAILS.includes(key) && eventsSending(key).length === 0);
    expect(unsent).toEqual([]);
  });

  it('reads the personal link only where the message carries one', () => {
    const wrong = TEMPLATE_KEYS.filter((key) => variablesRead(key).has('link') && !TEMPLATES[key].withLink && TEMPLATES[key].audience !== 'staff');
    expect(wrong).toEqual([]);
  });

  it('gets each value of an event it reads from every event that sends it', () => {
    const missing: string[] = [];
    for (const key of TEMPLATE_KEYS) {
      const read = EVENT_VALUE_NAMES.filter((name) => variablesRead(key).has(name));
      for (const event of eventsSending(key)) {
        for (const variable of read) {
          if (FALLBACKS[variable]) continue;
          if (variable === 'comment' && INSTRUCTION_TEMPLATES.includes(key)) continue;
          if (NOTHING_TO_SAY.some((n) => n.template === key && n.event === event && n.variable === variable)) continue;
          const fields: readonly string[] = EVENT_VALUES[variable];
          if (!payloadFields(event).some((field) => fields.includes(field))) {
            missing.push(`${key} reads ${variable}, which ${event} (${payloadFields(event).join(', ') || 'no fields'}) does not give`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
