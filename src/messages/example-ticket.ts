// The example ticket a template preview renders with when the user may not read tickets (an app
// or master-data admin) or names none: made-up values for every template variable, in French
// and in English, signed with the agency's own name. Nothing in it comes from a real ticket.
import type { Language } from '../domain/master-data.ts';
import type { TemplateVariables } from './render-template.ts';

/** The example ticket's number (also what the subject prefix and the SMS count use). */
export const EXAMPLE_TICKET_NUMBER = 1234;

/** A booking of a shared room, for the previews of the booking emails. */
export const EXAMPLE_BOOKING: Record<Language, NonNullable<TemplateVariables['booking']>> = {
  fr: { resource: 'Salle commune', date: 'samedi 7 mars 2026', time: '14:00 – 18:00', price: '50,00 €', deposit: '200,00 €' },
  en: { resource: 'Common room', date: 'Saturday 7 March 2026', time: '14:00 – 18:00', price: '€50.00', deposit: '€200.00' },
};

const EXAMPLES: Record<Language, Omit<TemplateVariables, 'agency' | 'link' | 'help_link'>> = {
  fr: {
    ticket: { number: EXAMPLE_TICKET_NUMBER, subject: 'Fuite sous l\u2019évier', description: 'L\u2019eau coule sous l\u2019évier de la cuisine depuis ce matin.', type_label: 'Ordre de service', step_label: 'Chez l\u2019intervenant' },
    place: { name: 'Résidence Exemple', address: '1 rue de l\u2019Exemple, 69000 Lyon', unit: 'A12 (1er)' },
    contact: { name: 'Alex Exemple', phone: '+33 6 00 00 00 00', email: 'alex.exemple@example.org' },
    contractor: { name: 'Plomberie Exemple' },
    approver: { name: 'Dominique Exemple' },
    recipient: { name: 'Plomberie Exemple' },
    appointment: { date: 'mardi 3 mars 2026', time: '09:00', duration: '1 h 30' },
    quote: { amount: '450,00 €' },
    invoice: { amount: '480,00 €' },
    manager: { name: 'Claude Exemple', phone: '+33 4 00 00 00 00', email: 'claude.exemple@example.org', signature: 'Claude Exemple\nTél. : +33 4 00 00 00 00\nEmail : claude.exemple@example.org' },
    comment: '[Commentaire]',
    reason: '[Motif]',
    message: { subject: '[Objet du message]', body: '[Texte du message]' },
    reminder: { count: 1 },
    owner: { name: 'Camille Exemple' },
    booking: EXAMPLE_BOOKING.fr,
    webhook: { url: 'https://compta.example.org/webhooks/gardien', failures: 20, error: 'http_503: le destinataire a répondu 503' },
    quotes: [
      { contractor: 'Plomberie Exemple', amount: '450,00 €', valid_until: '31 mars 2026', file_link: '' },
      { contractor: 'Sanitaires Modèle', amount: '520,00 €', valid_until: '15 avril 2026', file_link: '' },
    ],
    documents: [
      { title: 'Procès-verbal de l\u2019AG du 15 avril 2026', place: 'Résidence Exemple' },
      { title: 'Appel de fonds du 2e trimestre', place: 'Résidence Exemple' },
    ],
  },
  en: {
    ticket: { number: EXAMPLE_TICKET_NUMBER, subject: 'Leak under the sink', description: 'Water has been leaking under the kitchen sink since this morning.', type_label: 'Work order', step_label: 'With the contractor' },
    place: { name: 'Example Residence', address: '1 Example Street, 69000 Lyon', unit: 'A12 (1st floor)' },
    contact: { name: 'Alex Example', phone: '+33 6 00 00 00 00', email: 'alex.example@example.org' },
    contractor: { name: 'Example Plumbing' },
    approver: { name: 'Dominique Example' },
    recipient: { name: 'Example Plumbing' },
    appointment: { date: 'Tuesday 3 March 2026', time: '09:00', duration: '1 h 30 min' },
    quote: { amount: '€450.00' },
    invoice: { amount: '€480.00' },
    manager: { name: 'Claude Example', phone: '+33 4 00 00 00 00', email: 'claude.example@example.org', signature: 'Claude Example\nPhone: +33 4 00 00 00 00\nEmail: claude.example@example.org' },
    comment: '[Comment]',
    reason: '[Reason]',
    message: { subject: '[Message subject]', body: '[Message text]' },
    reminder: { count: 1 },
    owner: { name: 'Camille Example' },
    booking: EXAMPLE_BOOKING.en,
    webhook: { url: 'https://accounts.example.org/webhooks/gardien', failures: 20, error: 'http_503: the receiver answered 503' },
    quotes: [
      { contractor: 'Example Plumbing', amount: '€450.00', valid_until: '31 March 2026', file_link: '' },
      { contractor: 'Model Sanitary', amount: '€520.00', valid_until: '15 April 2026', file_link: '' },
    ],
    documents: [
      { title: 'Minutes of the general assembly of 15 April 2026', place: 'Example Residence' },
      { title: 'Call for funds, second quarter', place: 'Example Residence' },
    ],
  },
};

/** Every template variable of the example ticket in `language`, signed with the agency's name. */
export function exampleTicketVariables(language: Language, agency: { name: string }, links: { link: string; helpLink: string }): TemplateVariables {
  const example = structuredClone(EXAMPLES[language]);
  return {
    ...example,
    agency: { name: agency.name, email: language === 'fr' ? 'contact@agence-exemple.example.org' : 'contact@example-agency.example.org', phone: '+33 4 00 00 00 01' },
    link: links.link,
    help_link: links.helpLink,
    portal_link: links.helpLink ? `${new URL(links.helpLink).origin}/portal/tickets/${EXAMPLE_TICKET_NUMBER}` : '',
    quotes: example.quotes?.map((q, i) => ({ ...q, file_link: links.link ? `${links.link}?file=00000000-0000-4000-8000-00000000000${i + 1}` : '' })),
  };
}
