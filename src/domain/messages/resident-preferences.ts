// What a resident with a portal account receives (their "Notifications" in the portal), as a
// table: the manager's own words and what asks them something always go; the steps of their own
// requests follow `ownRequests`, the steps of tickets they watch without having asked follow
// `watched`. Email always; SMS as well only when they chose it and have a mobile number. People
// without an account keep the channels the ticket gives them.
import type { TemplateKey } from './template-catalogue.ts';
import type { ResidentPreferences } from '../portal/portal-codes.ts';
import { preferencesOf } from '../portal/portal-codes.ts';

export type ResidentTopic = 'always' | 'steps';

/** Templates that reach a resident whatever their preferences; every other one is a step. */
export const ALWAYS_SENT: readonly TemplateKey[] = [
  'message_sent', 'requester_message', 'third_party_informed', 'approval_request', 'request_acknowledged', 'requester_feedback_request', 'incident_update',
];

export function residentTopic(template: TemplateKey): ResidentTopic {
  return ALWAYS_SENT.includes(template) ? 'always' : 'steps';
}

/** Whether a resident wants this message: `asRequester` when the ticket is their own request. */
export function residentWants(template: TemplateKey, asRequester: boolean, stored: ResidentPreferences | null | undefined): boolean {
  if (residentTopic(template) === 'always') return true;
  const preferences = preferencesOf(stored);
  return asRequester ? preferences.ownRequests : preferences.watched;
}

/** The channels a resident receives a message on, among those it would go by. */
export function residentChannels<C extends 'email' | 'sms'>(channels: readonly C[], stored: ResidentPreferences | null | undefined, hasMobile: boolean): C[] {
  const preferences = preferencesOf(stored);
  return channels.filter((c) => c === 'email' || (preferences.sms && hasMobile));
}
