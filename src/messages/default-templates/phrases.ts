// Building blocks shared by the default texts: place, details, instructions, appointment, link,
// help, the portal's way back and signature, in French and English, and the two email frames (contractor, informed).
import type { Language } from '../../domain/master-data.ts';

/** The default texts of one template key: an email (subject, body) and, where sent by SMS, its body. */
export interface DefaultTemplate {
  email: { subject: string; body: string };
  /** Only for keys whose channels include 'sms'. */
  sms?: string;
}

export type Texts = Record<Language, DefaultTemplate>;

// ——— French building blocks ———

export const FR_PLACE = `Lieu d'intervention : {{ place.name }}, {{ place.address }}{% if place.unit %} – lot {{ place.unit }}{% endif %}
Objet : {{ ticket.subject }}`;

export const FR_DETAILS = `${FR_PLACE}

{{ ticket.description }}
{% if contact.name %}
Personne à contacter pour l'intervention : {{ contact.name }}{% if contact.phone %} – {{ contact.phone }}{% endif %}{% if contact.email %} – {{ contact.email }}{% endif %}
{% endif %}{% if owner.name %}
Merci d'établir vos devis et factures au nom du propriétaire : {{ owner.name }}.
{% endif %}`;

/** For a first request and its reminders, `comment` carries the contractor's own instructions. */
export const FR_INSTRUCTIONS = `{% if comment %}
Consignes particulières : {{ comment }}
{% endif %}`;

export const FR_APPOINTMENT = `le {{ appointment.date }} à {{ appointment.time }}{% if appointment.duration %} (durée prévue : {{ appointment.duration }}){% endif %}`;

export const FR_LINK = `Pour nous répondre, cliquez sur votre lien personnel (aucun compte n'est nécessaire) :
{{ link }}`;

export const FR_HELP = `Besoin d'aide pour utiliser cette page ? Consultez le guide des intervenants :
{{ help_link }}`;

export const FR_SIGNATURE = `Cordialement,

{{ manager.signature }}
{{ agency.name }}{% if agency.phone %}
{{ agency.phone }}{% endif %}{% if agency.email %}
{{ agency.email }}{% endif %}`;

/** The way back to the resident's space: only a recipient with a portal account has a portal_link. */
export const FR_PORTAL = `{% if portal_link %}

Suivez cette demande et écrivez-nous sur votre espace :
{{ portal_link }}{% endif %}`;

/** A contractor's email: greeting, text, link, help and signature. */
export const frContractor = (text: string, withLink = true) =>
  `Bonjour,

${text}

${withLink ? `${FR_LINK}\n\n` : ''}${FR_HELP}

${FR_SIGNATURE}`;

/** An email to a resident, a contact person or anyone kept informed. */
export const frInformed = (text: string) =>
  `Bonjour,

${text}

${FR_SIGNATURE}`;

// ——— English building blocks ———

export const EN_PLACE = `Location: {{ place.name }}, {{ place.address }}{% if place.unit %} – unit {{ place.unit }}{% endif %}
Subject: {{ ticket.subject }}`;

export const EN_DETAILS = `${EN_PLACE}

{{ ticket.description }}
{% if contact.name %}
On-site contact: {{ contact.name }}{% if contact.phone %} – {{ contact.phone }}{% endif %}{% if contact.email %} – {{ contact.email }}{% endif %}
{% endif %}{% if owner.name %}
Please address your quotes and invoices to the owner: {{ owner.name }}.
{% endif %}`;

export const EN_INSTRUCTIONS = `{% if comment %}
Special instructions: {{ comment }}
{% endif %}`;

export const EN_APPOINTMENT = `on {{ appointment.date }} at {{ appointment.time }}{% if appointment.duration %} (planned duration: {{ appointment.duration }}){% endif %}`;

export const EN_LINK = `To answer, open your personal link (no account needed):
{{ link }}`;

export const EN_HELP = `Need help with this page? Read the guide for contractors:
{{ help_link }}`;

export const EN_SIGNATURE = `Kind regards,

{{ manager.signature }}
{{ agency.name }}{% if agency.phone %}
{{ agency.phone }}{% endif %}{% if agency.email %}
{{ agency.email }}{% endif %}`;

export const EN_PORTAL = `{% if portal_link %}

Follow this request and write to us in your space:
{{ portal_link }}{% endif %}`;

export const enContractor = (text: string, withLink = true) =>
  `Hello,

${text}

${withLink ? `${EN_LINK}\n\n` : ''}${EN_HELP}

${EN_SIGNATURE}`;

export const enInformed = (text: string) =>
  `Hello,

${text}

${EN_SIGNATURE}`;
