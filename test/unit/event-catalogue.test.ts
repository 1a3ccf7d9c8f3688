// The event catalogue (src/domain/tickets/events.ts): every event has a payload schema, a
// direction and an unread flag, a sentence in French and in English for the history and the
// summary PDF, and a title in both translation files; the notification rules and the unread
// answers take their names from it.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Kind } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { EVENTS, EVENT_TYPES, countsAsUnread, isEventType, type EventType } from '../../src/domain/tickets/events.ts';
import { NOTIFICATION_RULES, PARTY_ANSWERS } from '../../src/domain/messages/notification-rules.ts';
import { TEMPLATES } from '../../src/domain/messages/template-catalogue.ts';
import { DISPATCH_EVENTS } from '../../src/domain/tickets/dispatch-transitions.ts';
import { describeEvent } from '../../src/tickets/describe-event.ts';

const translations = (language: 'fr' | 'en') =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${language}.json`, import.meta.url), 'utf8')) as { history: { type: Record<string, string> } };

/** A payload its schema accepts, with every field the schema names filled in (texts with a name). */
function samplePayload(type: EventType): Record<string, unknown> {
  const named = (value: unknown): unknown =>
    value === '' ? 'Dupuis'
      : Array.isArray(value) ? value.map(named)
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v)]))
          : value;
  return named(Value.Create(EVENTS[type].payload)) as Record<string, unknown>;
}

describe('the event catalogue', () => {
  it('when every event is read, then each has a payload schema, a direction and an unread flag', () => {
    expect(EVENT_TYPES.length).toBeGreaterThan(40);
    for (const type of EVENT_TYPES) {
      const spec = EVENTS[type];
      expect(spec.payload[Kind], type).toBe('Object');
      expect(['in', 'out'], type).toContain(spec.direction);
      expect(typeof spec.unread, type).toBe('boolean');
      expect(Value.Check(spec.payload, samplePayload(type)), type).toBe(true);
    }
  });

  it('when an event counts as unread, then it is received from a party, and only a party itself makes it unread', () => {
    for (const type of EVENT_TYPES.filter((t) => EVENTS[t].unread)) {
      expect(EVENTS[type].direction, type).toBe('in');
      expect(countsAsUnread(type, 'contractor')).toBe(true);
      expect(countsAsUnread(type, 'staff')).toBe(false);
      expect(countsAsUnread(type, 'system')).toBe(false);
    }
    expect(countsAsUnread('message_sent', 'contractor')).toBe(false);
    expect([...PARTY_ANSWERS].sort()).toEqual([
      'appointment_proposed', 'check_in_answered', 'contractor_accepted', 'contractor_refused', 'feedback_given', 'invoice_received', 'message_received',
      'quote_approved', 'quote_disapproved', 'quote_received', 'work_completed', 'work_order_acknowledged',
    ]);
  });

  it('when a payload lacks a field or carries one the schema does not name, then its schema refuses it', () => {
    expect(Value.Check(EVENTS.quote_received.payload, { contractor: 'Plomberie Dupuis', amountCents: 25364, validUntil: null, comment: null })).toBe(true);
    expect(Value.Check(EVENTS.quote_received.payload, { contractor: 'Plomberie Dupuis', validUntil: null, comment: null })).toBe(false);
    expect(Value.Check(EVENTS.quote_received.payload, { contractor: 'Plomberie Dupuis', amountCents: '253', validUntil: null, comment: null })).toBe(false);
    expect(Value.Check(EVENTS.ticket_closed.payload, { comment: null, extra: 1 })).toBe(false);
  });

  it('when every event is described, then it has its own sentence in French and in English, not its code in words', () => {
    for (const type of EVENT_TYPES) {
      const event = { type, actorType: 'staff', actorName: 'Camille Martin', dispatchId: null, partyId: null, payload: samplePayload(type) };
      const fr = describeEvent(event, 'fr');
      const en = describeEvent(event, 'en');
      const words = type.replace(/_/g, ' ');
      expect(fr.toLowerCase(), type).not.toBe(words);
      expect(en.toLowerCase(), type).not.toBe(words);
      expect(fr, type).not.toBe(en);
      expect(fr.length, type).toBeGreaterThan(5);
    }
  });

  it('when the history shows an event, then both translation files have its title, and no title of an event outside the catalogue', () => {
    for (const language of ['fr', 'en'] as const) {
      const titles = translations(language).history.type;
      expect(Object.keys(titles).sort(), language).toEqual([...EVENT_TYPES].sort());
      for (const type of EVENT_TYPES) expect(titles[type]?.trim(), `${language} ${type}`).toBeTruthy();
    }
  });

  it('when the notification rules are read, then each names an event of the catalogue and a template of the template catalogue', () => {
    for (const rule of NOTIFICATION_RULES) {
      expect(isEventType(rule.event), rule.event).toBe(true);
      expect(Object.hasOwn(TEMPLATES, rule.template), rule.template).toBe(true);
    }
  });

  it('when names are compared, then each step has one verb: the quote decisions, the postponement and the confirmation', () => {
    // The manager accepts or rejects a quote; an approver approves or disapproves it; the
    // manager then confirms it to the contractor. Each verb is the action's, the dispatch
    // step's, the event's and the template's.
    expect(DISPATCH_EVENTS).toEqual(expect.arrayContaining(['accept_quote', 'reject_quote', 'approve', 'disapprove', 'confirm_quote', 'postpone_appointment']));
    const templatesOf = (event: EventType) => NOTIFICATION_RULES.filter((r) => r.event === event && r.to === 'dispatch').map((r) => r.template);
    expect(templatesOf('quote_confirmed')).toEqual(['quote_confirmed']);
    expect(templatesOf('message_sent')).toEqual(['message_sent']);
    expect(templatesOf('appointment_postponed')).toEqual(['appointment_postponed']);
    expect(NOTIFICATION_RULES.filter((r) => r.event === 'third_party_informed').map((r) => r.template)).toEqual(['third_party_informed']);
    expect(NOTIFICATION_RULES.filter((r) => r.event === 'work_completed').map((r) => r.template)).toEqual(['watcher_work_completed']);
  });
});
