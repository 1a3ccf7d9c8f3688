// The ticket page's history in words: every event of the catalogue (src/domain/tickets/events.ts)
// has a sentence in fr.json and en.json, rendered with its payload's details in words, and no
// translation key, code or placeholder is ever left in what the manager reads.
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { Value } from '@sinclair/typebox/value';
import { EVENTS, EVENT_TYPES, type EventType } from '../../src/domain/tickets/events.ts';
import { STATUSES, type TicketStatus } from '../../src/domain/tickets/codes.ts';
import { eventDetails, type EventDetailsFormat, type EventDetailsLabels } from '../../web/src/cockpit/ticket/event-details.ts';
import { eventSentence, type EventParties } from '../../web/src/cockpit/ticket/event-sentence.ts';
import type { TicketEventAnswer } from '../../src/http/answers.ts';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };

type Language = 'fr' | 'en';
const files = { fr, en } as const;

/** Keys looked up and not found (a default value would have reached the screen instead). */
const missing: string[] = [];

async function translator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language, fallbackLng: false, resources: { [language]: { translation: files[language] } }, interpolation: { escapeValue: false },
    saveMissing: true, missingKeyHandler: (_languages, _namespace, key) => missing.push(`${language} ${key}`),
  });
  return instance.t;
}

function formatFor(language: Language): EventDetailsFormat {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  return {
    dateTime: (value) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(value)),
    calendarDate: (value) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
    minutes: (total) => `${total} min`,
    money: (cents, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
    list: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    number: (value) => new Intl.NumberFormat(locale).format(value),
    period: (every, unit) => new Intl.NumberFormat(locale, { style: 'unit', unit: unit === 'days' ? 'day' : 'hour', unitDisplay: 'short' }).format(every),
  };
}

function labelsFor(language: Language, t: TFunction): EventDetailsLabels {
  return {
    status: (status) => (status in STATUSES ? STATUSES[status as TicketStatus][language] : status),
    typeLong: (type) => t(`codes.typeLong.${type}`, { defaultValue: type }),
    source: (source) => t(`codes.source.${source}`, { defaultValue: source }),
    channel: (channel) => t(`codes.channel.${channel}`, { defaultValue: channel }),
    presence: (presence) => t(`codes.presence.${presence}`, { defaultValue: presence }),
  };
}

const parties: EventParties = {
  contractorOf: (id) => (id === 'dispatch-1' ? { name: 'Plomberie Dupuis', kind: 'quote' } : undefined),
  partyName: (id) => (id === 'party-1' ? 'Hélène Rousseau' : undefined),
};

/** A payload its schema accepts, every text filled with a name, every code with a real one. */
function samplePayload(type: EventType): Record<string, unknown> {
  const named = (value: unknown, key = ''): unknown =>
    value === '' ? ({ step: 'quote_awaiting', presence: 'on_site', type: 'DS', source: 'staff', startsAt: '2026-12-04T10:00:00+01:00', to: '2026-12-05T10:00:00+01:00', from: '2026-12-03T10:00:00+01:00', appointment: '2026-12-04T10:00:00+01:00', validUntil: '2027-01-31' } as Record<string, string>)[key] ?? 'Dupuis'
      : Array.isArray(value) ? value.map((v) => named(v, key))
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v, k)]))
          : value;
  return named(Value.Create(EVENTS[type].payload)) as Record<string, unknown>;
}

function event(type: EventType, payload: Record<string, unknown>, dispatchId: string | null = 'dispatch-1'): TicketEventAnswer {
  return {
    id: type, seq: 1, type, actorType: 'staff', actorName: 'Camille Martin', actorUserId: null, channel: 'web', direction: EVENTS[type].direction,
    internal: type === 'internal_note', dispatchId, partyId: null, payload, createdAt: '2026-12-01T09:00:00.000Z', attachments: [], delivery: null,
  } as TicketEventAnswer;
}

async function reader(language: Language) {
  const t = await translator(language);
  const format = formatFor(language);
  const labels = labelsFor(language, t);
  return (e: TicketEventAnswer) => {
    const sentence = eventSentence(e, t, format, labels, 'EUR', parties);
    const details = eventDetails(e, t, format, labels, 'EUR', sentence.covered);
    return { sentence: sentence.text, details, all: [sentence.text, ...details.map((d) => `${d.label} : ${d.value}`)].join('\n') };
  };
}

/** What must never reach the screen: a key, a placeholder, a code in words. */
function expectWords(text: string, type: string) {
  expect(text, type).not.toMatch(/\{\{|\}\}|history\.|codes\.|undefined|null|\[object/);
  expect(text, type).not.toMatch(/[a-z]+_[a-z]+/);
}

describe('the history in words', () => {
  it('when the translation files are read, then each has a history sentence for every event of the catalogue, and none for another', () => {
    for (const language of ['fr', 'en'] as const) {
      const sentences = files[language].history.sentence as Record<string, string>;
      for (const type of EVENT_TYPES) {
        const own = sentences[type] ?? (sentences[`${type}_one`] && sentences[`${type}_other`]);
        expect(own?.trim(), `${language} ${type}`).toBeTruthy();
      }
      for (const key of Object.keys(sentences)) {
        expect(EVENT_TYPES.some((type) => key === type || key.startsWith(`${type}_`)), `${language} ${key}`).toBe(true);
      }
    }
    expect(Object.keys(fr.history.sentence).sort()).toEqual(Object.keys(en.history.sentence).sort());
  });

  it('when every event is read in French and in English, then it is a sentence of its own with its details in words', async () => {
    const read = { fr: await reader('fr'), en: await reader('en') };
    for (const type of EVENT_TYPES) {
      const e = event(type, samplePayload(type));
      const [inFrench, inEnglish] = [read.fr(e), read.en(e)];
      expectWords(inFrench.all, type);
      expectWords(inEnglish.all, type);
      expect(inFrench.sentence.toLowerCase(), type).not.toBe(type.replace(/_/g, ' '));
      expect(inFrench.sentence, type).not.toBe(inEnglish.sentence);
      expect(inFrench.sentence.length, type).toBeGreaterThan(8);
      // The contractor named by the payload, or by the event's dispatch, is in the sentence.
      if ('contractor' in e.payload) expect(inFrench.sentence, type).toContain('Dupuis');
    }
    expect(missing, 'translation keys not found').toEqual([]);
  });

  it('when an automatic step was sent before or after an appointment, then it says which, to whom and for when', async () => {
    const read = { fr: await reader('fr'), en: await reader('en') };
    const appointment = { automatic: true, appointment: '2026-12-04T09:00:00.000Z' };
    expect(read.fr(event('completion_requested', appointment)).sentence).toBe("Fin d'intervention demandée à Plomberie Dupuis après le RDV du 4 déc. 2026, 10:00");
    expect(read.en(event('check_in_requested', appointment)).sentence).toBe('Plomberie Dupuis asked to check in for the appointment on 4 Dec 2026, 10:00');
    expect(read.fr(event('appointment_reminder_sent', { automatic: true, appointment: null })).sentence).toBe('Rappel du RDV envoyé à Plomberie Dupuis');
  });

  it('when a reminder went out, then it says what was sent and not a count of files', async () => {
    const read = { fr: await reader('fr'), en: await reader('en') };
    const reminder = event('reminder_sent', { automatic: true, count: 1, template: 'reminder_quote', state: 'requested' });
    expect(read.fr(reminder).all).toBe('Relance de la demande de devis envoyée à Plomberie Dupuis');
    expect(read.en(event('reminder_sent', { manual: true, template: 'reminder_invoice', channels: ['email'], state: 'done' })).all).toBe(
      'Invoice reminder sent to Plomberie Dupuis\nBy : Email',
    );
  });

  it('when the reminder delays change, then the history says which ones, with their new value in words', async () => {
    const read = await reader('fr');
    const delays = { workOrder: { every: 7, unit: 'days', max: 3 }, quote: { every: 7, unit: 'days', max: 3 }, invoice: { every: 7, unit: 'days', max: 3 }, appointmentHours: 48 };
    const changed = event('reminders_set', { before: delays, after: { ...delays, quote: { every: 2, unit: 'days', max: 5 }, appointmentHours: 0 } }, null);
    expect(read(changed).all.replace(/[\u00a0\u202f]/g, ' ')).toBe('Délais de relance modifiés\nRelance automatique du devis : tous les 2 j, 5 fois max.\nRappel de l\'intervention à l\'intervenant (heures avant) : jamais');
  });

  it('when a contractor says they will send a quote, then it does not read as an accepted intervention', async () => {
    const read = { fr: await reader('fr'), en: await reader('en') };
    const willQuote = event('contractor_accepted', { contractor: 'Bâti Rénov', kind: 'quote', startsAt: null, durationMinutes: null, comment: null });
    expect(read.fr(willQuote).all).toBe('Bâti Rénov fera le devis');
    expect(read.en(willQuote).all).toBe('Bâti Rénov will send a quote');
    const accepts = event('contractor_accepted', { contractor: 'Bâti Rénov', kind: 'work_order', startsAt: '2026-12-04T09:00:00.000Z', durationMinutes: 90, comment: null });
    expect(read.fr(accepts).all).toBe("Bâti Rénov accepte l'intervention et propose le 4 déc. 2026, 10:00\nDurée prévue : 90 min");
  });
});
