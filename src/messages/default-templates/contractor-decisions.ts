// The default texts of a contractor's later steps: invoice request, quote decisions, cancellation, messages.
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_DETAILS, FR_APPOINTMENT, FR_SIGNATURE, frContractor, EN_PLACE, EN_DETAILS, EN_APPOINTMENT, EN_SIGNATURE, enContractor, type Texts } from './phrases.ts';

export const CONTRACTOR_STEP_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {

  invoice_request: {
    fr: {
      email: {
        subject: 'Demande de facture',
        body: frContractor(`Merci pour votre intervention. Nous vous remercions de nous transmettre votre facture (montant et document).
{% if comment %}
Commentaire du gestionnaire : {{ comment }}
{% endif %}
${FR_PLACE}
{% if owner.name %}
Merci d'établir la facture au nom du propriétaire : {{ owner.name }}.
{% endif %}`),
      },
      sms: 'Merci de nous transmettre votre facture.',
    },
    en: {
      email: {
        subject: 'Invoice request',
        body: enContractor(`Thank you for your work. Please send us your invoice (amount and document).
{% if comment %}
Comment from your property manager: {{ comment }}
{% endif %}
${EN_PLACE}
{% if owner.name %}
Please address the invoice to the owner: {{ owner.name }}.
{% endif %}`),
      },
      sms: 'Please send us your invoice.',
    },
  },

  quote_confirmed: {
    fr: {
      email: {
        subject: 'Devis accepté',
        body: frContractor(`Merci pour votre devis{% if quote.amount %} de {{ quote.amount }}{% endif %} concernant une intervention pour l'immeuble sis {{ place.address }}.

Celui-ci a reçu notre approbation.
{% if comment %}
Commentaire du gestionnaire : {{ comment }}
{% endif %}
${FR_DETAILS}
Merci de convenir d'un rendez-vous avec la personne à contacter, puis de nous indiquer la date, l'heure et la durée de l'intervention.`),
      },
      sms: 'Votre devis est accepté. Merci de proposer une date.',
    },
    en: {
      email: {
        subject: 'Quote accepted',
        body: enContractor(`Thank you for your quote{% if quote.amount %} of {{ quote.amount }}{% endif %} for work at {{ place.address }}.

It has been approved.
{% if comment %}
Comment from your property manager: {{ comment }}
{% endif %}
${EN_DETAILS}
Please arrange a visit with the on-site contact, then tell us the date, the time and the planned duration.`),
      },
      sms: 'Your quote is accepted. Please propose a date.',
    },
  },

  quote_disapproved: {
    fr: {
      email: {
        subject: 'Devis désapprouvé',
        body: frContractor(`Nous vous remercions pour votre devis{% if quote.amount %} de {{ quote.amount }}{% endif %}. Il n'a malheureusement pas été approuvé.
{% if comment %}
Commentaire : {{ comment }}
{% endif %}
${FR_PLACE}

Vous pouvez nous faire part de vos remarques, ou d'une nouvelle proposition, par votre lien personnel.`),
      },
      sms: "Votre devis n'a pas été approuvé.",
    },
    en: {
      email: {
        subject: 'Quote not approved',
        body: enContractor(`Thank you for your quote{% if quote.amount %} of {{ quote.amount }}{% endif %}. Unfortunately it has not been approved.
{% if comment %}
Comment: {{ comment }}
{% endif %}
${EN_PLACE}

You may send us your remarks, or a new proposal, through your personal link.`),
      },
      sms: 'Your quote has not been approved.',
    },
  },

  quote_not_retained: {
    fr: {
      email: {
        subject: 'Devis non retenu',
        body: frContractor(`Nous vous remercions pour votre devis{% if quote.amount %} de {{ quote.amount }}{% endif %}. Après étude des différentes propositions, une autre offre a été retenue pour cette intervention.

${FR_PLACE}

Nous ne manquerons pas de vous solliciter pour de prochaines interventions.`, false),
      },
      sms: "Votre devis n'a pas été retenu. Merci de votre offre.",
    },
    en: {
      email: {
        subject: 'Quote not retained',
        body: enContractor(`Thank you for your quote{% if quote.amount %} of {{ quote.amount }}{% endif %}. After comparing the proposals, another offer has been chosen for this work.

${EN_PLACE}

We will be glad to call on you again.`, false),
      },
      sms: 'Your quote was not retained. Thank you for your offer.',
    },
  },

  intervention_cancelled: {
    fr: {
      email: {
        subject: 'Intervention annulée',
        body: frContractor(`Nous vous informons que l'intervention ci-dessous est annulée{% if appointment.date %} ; merci de ne pas vous déplacer ${FR_APPOINTMENT}{% endif %}.
{% if reason %}
Motif : {{ reason }}
{% endif %}
${FR_PLACE}

Nous vous prions de nous excuser pour ce contretemps.`, false),
      },
      sms: 'Intervention annulée, merci de ne pas vous déplacer.',
    },
    en: {
      email: {
        subject: 'Work cancelled',
        body: enContractor(`The work below has been cancelled{% if appointment.date %}; please do not come ${EN_APPOINTMENT}{% endif %}.
{% if reason %}
Reason: {{ reason }}
{% endif %}
${EN_PLACE}

We apologise for the inconvenience.`, false),
      },
      sms: 'Work cancelled: please do not come.',
    },
  },

  // ——— anyone the manager writes to ———
  message_sent: {
    fr: {
      email: {
        subject: "{{ message.subject | default: 'Message reçu' }}",
        body: `Bonjour,

Vous avez reçu un message concernant la demande « {{ ticket.subject }} » ({{ place.name }}, {{ place.address }}) :

{{ message.body }}
{% if link %}
Pour répondre, cliquez sur votre lien personnel :
{{ link }}
{% endif %}{% if help_link %}
Besoin d'aide pour utiliser cette page ? Consultez le guide des intervenants :
{{ help_link }}
{% endif %}
${FR_SIGNATURE}`,
      },
      sms: '{% if link %}Nouveau message de votre gestionnaire.{% else %}{{ message.body }}{% endif %}',
    },
    en: {
      email: {
        subject: "{{ message.subject | default: 'New message' }}",
        body: `Hello,

You have a new message about "{{ ticket.subject }}" ({{ place.name }}, {{ place.address }}):

{{ message.body }}
{% if link %}
To answer, open your personal link:
{{ link }}
{% endif %}{% if help_link %}
Need help with this page? Read the guide for contractors:
{{ help_link }}
{% endif %}
${EN_SIGNATURE}`,
      },
      sms: '{% if link %}New message from your property manager.{% else %}{{ message.body }}{% endif %}',
    },
  },

  // ——— approvers ———
};
