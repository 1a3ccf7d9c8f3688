// The shipped texts of every message (DOMAIN.md §8), in French and English: for each template key
// of src/domain/messages/template-catalogue.ts an email (subject and plain-text body) and, where
// the key is also sent by SMS, the SMS body. An agency's edited version overrides them
// (message_templates); "reset" comes back here.
//
// Written in LiquidJS over TEMPLATE_VARIABLES. What the system adds itself, so the texts do not:
// - the email subject's "[Ticket n°1104] " prefix (only the short title is written here);
// - for an SMS, the "Ticket 1104: " prefix, the personal link and the " - agency" signature
//   (see composeSms in render-template.ts).
// The French SMS use GSM-7 characters only (é è à ù are in the alphabet; ê â î ô û ç œ ’ are not)
// and stay within one 160-character SMS with those system parts; test/unit checks both.
import type { TemplateKey } from '../domain/messages/template-catalogue.ts';
import type { Language } from '../domain/master-data.ts';
import type { Texts } from './default-templates/phrases.ts';
import { CONTRACTOR_REQUEST_TEMPLATES } from './default-templates/contractor-requests.ts';
import { CONTRACTOR_APPOINTMENT_TEMPLATES } from './default-templates/contractor-appointments.ts';
import { CONTRACTOR_STEP_TEMPLATES } from './default-templates/contractor-decisions.ts';
import { APPROVER_AND_CONTACT_TEMPLATES } from './default-templates/approvers-and-contacts.ts';
import { WATCHER_TEMPLATES } from './default-templates/watchers.ts';
import { REQUESTER_AND_STAFF_TEMPLATES } from './default-templates/requesters-and-staff.ts';
import { STAFF_ACCOUNT_TEMPLATES } from './default-templates/staff-accounts.ts';
import { PORTAL_ACCOUNT_TEMPLATES } from './default-templates/portal-accounts.ts';
import { DOCUMENT_TEMPLATES } from './default-templates/documents.ts';
import { NEWS_TEMPLATES } from './default-templates/news.ts';
import { BOOKING_TEMPLATES } from './default-templates/bookings.ts';
import { INTEGRATION_TEMPLATES } from './default-templates/integrations.ts';

export type { DefaultTemplate } from './default-templates/phrases.ts';

export const DEFAULT_TEMPLATES = { ...CONTRACTOR_REQUEST_TEMPLATES, ...CONTRACTOR_APPOINTMENT_TEMPLATES, ...CONTRACTOR_STEP_TEMPLATES, ...APPROVER_AND_CONTACT_TEMPLATES, ...WATCHER_TEMPLATES, ...REQUESTER_AND_STAFF_TEMPLATES, ...STAFF_ACCOUNT_TEMPLATES, ...PORTAL_ACCOUNT_TEMPLATES, ...DOCUMENT_TEMPLATES, ...NEWS_TEMPLATES, ...BOOKING_TEMPLATES, ...INTEGRATION_TEMPLATES } as Record<TemplateKey, Texts>;

/** The shipped source of one template, or undefined when the key has no such channel. */
export function defaultSource(key: TemplateKey, channel: 'email' | 'sms', language: Language): { subject?: string; body: string } | undefined {
  const texts = DEFAULT_TEMPLATES[key]?.[language];
  if (!texts) return undefined;
  if (channel === 'email') return { subject: texts.email.subject, body: texts.email.body };
  return texts.sms === undefined ? undefined : { body: texts.sms };
}

