// The words of this screen for the server's codes: event types, and why a try failed (the
// server's `error` is "code: English sentence"; known codes are said in the interface language).
import type { TFunction } from 'i18next';

/** The event type in words ("Ticket créé"; webhooks.events.ticket.created), its code when unknown. */
export const eventTypeLabel = (t: TFunction, type: string) => t(`webhooks.events.${type}`, { defaultValue: type });

/** The sentence of an event type for the form's checkboxes. */
export const eventTypeHelp = (t: TFunction, type: string) => t(`webhooks.eventHelp.${type}`, { defaultValue: '' });

/** A failed try's reason in words: "http_500: …" is the status, other codes their sentence. */
export function tryErrorText(t: TFunction, error: string): string {
  const colon = error.indexOf(':');
  const code = colon > 0 ? error.slice(0, colon) : error;
  const rest = colon > 0 ? error.slice(colon + 1).trim() : '';
  const http = /^http_(\d{3})$/.exec(code);
  if (http) return t('webhooks.tryErrors.http', { status: http[1] });
  return t(`webhooks.tryErrors.${code}`, { defaultValue: rest || error });
}
