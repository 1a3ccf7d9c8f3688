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
import { CONTRACTOR_STEP_TEMPLATES } from './default-templates/contractor-steps.ts';
import { APPROVER_AND_CONTACT_TEMPLATES } from './default-templates/approvers-and-contacts.ts';
import { WATCHER_AND_STAFF_TEMPLATES } from './default-templates/watchers-and-staff.ts';
import { STAFF_ACCOUNT_TEMPLATES } from './default-templates/staff-accounts.ts';

export type { DefaultTemplate } from './default-templates/phrases.ts';

export const DEFAULT_TEMPLATES = { ...CONTRACTOR_REQUEST_TEMPLATES, ...CONTRACTOR_STEP_TEMPLATES, ...APPROVER_AND_CONTACT_TEMPLATES, ...WATCHER_AND_STAFF_TEMPLATES, ...STAFF_ACCOUNT_TEMPLATES } as Record<TemplateKey, Texts>;

/** The shipped source of one template, or undefined when the key has no such channel. */
export function defaultSource(key: TemplateKey, channel: 'email' | 'sms', language: Language): { subject?: string; body: string } | undefined {
  const texts = DEFAULT_TEMPLATES[key]?.[language];
  if (!texts) return undefined;
  if (channel === 'email') return { subject: texts.email.subject, body: texts.email.body };
  return texts.sms === undefined ? undefined : { body: texts.sms };
}

/** A full set of example values (realistic, on the long side), for previews without a ticket and
 * for the tests that render every default. */
export const SAMPLE_VARIABLES: Record<Language, Record<string, unknown>> = {
  fr: {
    ticket: { number: 12345, subject: "Fuite d'eau sous l'évier", description: "Fuite importante sous l'évier de la cuisine ; le locataire a coupé l'arrivée d'eau.", type_label: 'Ordre de service', step_label: "Attente du RDV d'intervention" },
    place: { name: 'Résidence Les Tilleuls', address: '12 rue des Tilleuls, 69003 Lyon', unit: 'A11 (1er)' },
    contact: { name: 'Hélène Rousseau', phone: '+33 6 12 34 56 01', email: 'helene.rousseau@example.fr' },
    contractor: { name: 'Plomberie Dupuis et Fils' },
    approver: { name: 'Hélène Rousseau' },
    recipient: { name: 'Plomberie Dupuis et Fils' },
    appointment: { date: 'mercredi 24 septembre 2025', time: '14:30', duration: '1 h 30' },
    quote: { amount: '1 234,56 €' },
    invoice: { amount: '1 234,56 €' },
    agency: { name: 'Agence Démo Gardien Lyon', email: 'contact@agence-demo.example.fr', phone: '04 78 00 00 00' },
    manager: { name: 'Camille Martin', phone: '04 78 00 00 01', email: 'camille.martin@agence-demo.example.fr', signature: 'Camille Martin\nTél. : 04 78 00 00 01\nEmail : camille.martin@agence-demo.example.fr' },
    link: 'https://gardien.agence-demo.example.fr/x/AbCdEfGhIjKlMnOpQrS',
    help_link: 'https://gardien.agence-demo.example.fr/aide/intervenants',
    comment: 'Merci de prévoir un joint de rechange.',
    reason: 'Locataire absent ce jour-là.',
    message: { subject: 'Accès au local technique', body: 'Le code de la porte est le 4521B.' },
    reminder: { count: 2 },
    owner: { name: 'Georges Petit' },
  },
  en: {
    ticket: { number: 12345, subject: 'Water leak under the sink', description: 'Heavy leak under the kitchen sink; the tenant has turned the water off.', type_label: 'Work order', step_label: 'Awaiting appointment' },
    place: { name: 'Résidence Les Tilleuls', address: '12 rue des Tilleuls, 69003 Lyon', unit: 'A11 (1st floor)' },
    contact: { name: 'Hélène Rousseau', phone: '+33 6 12 34 56 01', email: 'helene.rousseau@example.fr' },
    contractor: { name: 'Plomberie Dupuis et Fils' },
    approver: { name: 'Hélène Rousseau' },
    recipient: { name: 'Plomberie Dupuis et Fils' },
    appointment: { date: 'Wednesday 24 September 2025', time: '14:30', duration: '1 h 30 min' },
    quote: { amount: '€1,234.56' },
    invoice: { amount: '€1,234.56' },
    agency: { name: 'Agence Démo Gardien Lyon', email: 'contact@agence-demo.example.fr', phone: '+33 4 78 00 00 00' },
    manager: { name: 'Camille Martin', phone: '+33 4 78 00 00 01', email: 'camille.martin@agence-demo.example.fr', signature: 'Camille Martin\nPhone: +33 4 78 00 00 01\nEmail: camille.martin@agence-demo.example.fr' },
    link: 'https://gardien.agence-demo.example.fr/x/AbCdEfGhIjKlMnOpQrS',
    help_link: 'https://gardien.agence-demo.example.fr/help/contractors',
    comment: 'Please bring a spare seal.',
    reason: 'The tenant is away that day.',
    message: { subject: 'Access to the plant room', body: 'The door code is 4521B.' },
    reminder: { count: 2 },
    owner: { name: 'Georges Petit' },
  },
};

