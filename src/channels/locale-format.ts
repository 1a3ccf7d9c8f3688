// Words and numbers as Gardien prints them in documents and history sentences, in French or
// English: a ticket type's label, the locale of a language, amounts in the agency's currency and
// dates in its time zone (the ticket summary, the report PDF, the history's sentences).
import type { Language } from '../domain/master-data.ts';
import type { TicketType } from '../domain/tickets/codes.ts';

export const TICKET_TYPE_LABELS: Record<TicketType, Record<Language, string>> = {
  ODS: { fr: 'Ordre de service', en: 'Work order' },
  ODSM: { fr: 'Ordre de service multi-intervenants', en: 'Multi-contractor work order' },
  DS: { fr: 'Demande de devis', en: 'Quote request' },
  DM: { fr: 'Devis multiple', en: 'Multiple quotes' },
  PENDING: { fr: 'Demande en attente de validation', en: 'Pending request' },
};

/** A ticket type's label; the code itself when unknown. */
export function ticketTypeLabel(type: string, language: Language): string {
  return TICKET_TYPE_LABELS[type as TicketType]?.[language] ?? type;
}

/** The Intl locale of a language. */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

// Intl's narrow no-break space (U+202F) is not in the PDF fonts' encoding: the plain no-break
// space takes its place, so "1 253,64 €" still never breaks across lines.
export const plain = (text: string) => text.replace(/\u202f/g, '\u00a0');

/** An amount in cents in the agency's currency ("1 253,64 €", "€1,253.64"), spaces unbreakable. */
export function formatMoney(cents: number, language: Language, currency: string): string {
  return plain(new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(cents / 100));
}

/** "25/11/2026 à 09h00" (fr), "25 Nov 2026 at 09:00" (en), in the agency's time zone. */
export function formatDateTime(at: Date, language: Language, timeZone: string): string {
  const locale = localeOf(language);
  const date = new Intl.DateTimeFormat(locale, language === 'fr' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone } : { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(at);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return plain(language === 'fr' ? `${date} à ${hour}h${minute}` : `${date} at ${hour}:${minute}`);
}
