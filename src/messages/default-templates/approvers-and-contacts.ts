// The default texts sent to approvers and to the on-site contact person.
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_APPOINTMENT, FR_SIGNATURE, frInformed, EN_PLACE, EN_APPOINTMENT, EN_SIGNATURE, enInformed, type Texts } from './phrases.ts';

export const APPROVER_AND_CONTACT_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {
  approval_request: {
    fr: {
      email: {
        subject: "Demande d'approbation",
        body: `Bonjour,

{% if quotes.size > 0 %}Nous sollicitons votre approbation pour {% if quotes.size > 1 %}l'un des {{ quotes.size }} devis suivants{% else %}le devis suivant{% endif %} :
{% for q in quotes %}
- {{ q.contractor }}{% if q.amount %} : {{ q.amount }}{% endif %}{% if q.valid_until %}, valable jusqu'au {{ q.valid_until }}{% endif %}{% if q.file_link %}
  Consulter le devis : {{ q.file_link }}{% endif %}{% endfor %}
{% else %}Nous sollicitons votre approbation pour le devis{% if contractor.name %} de {{ contractor.name }}{% endif %}{% if quote.amount %}, d'un montant de {{ quote.amount }}{% endif %}.
{% endif %}
${FR_PLACE}

{{ ticket.description }}
{% if comment %}
Commentaire du gestionnaire : {{ comment }}
{% endif %}
{% if quotes.size > 1 %}Les devis sont consultables{% else %}Le devis est consultable{% endif %} par votre lien personnel, qui vous permet de l'approuver ou de le refuser (aucun compte n'est nécessaire) :
{{ link }}

Besoin d'aide ? {{ help_link }}

${FR_SIGNATURE}`,
      },
      sms: '{% if quotes.size > 1 %}{{ quotes.size }} devis attendent votre approbation.{% else %}Un devis attend votre approbation.{% endif %}',
    },
    en: {
      email: {
        subject: 'Approval request',
        body: `Hello,

{% if quotes.size > 0 %}We would like your approval for {% if quotes.size > 1 %}one of the following {{ quotes.size }} quotes{% else %}the following quote{% endif %}:
{% for q in quotes %}
- {{ q.contractor }}{% if q.amount %}: {{ q.amount }}{% endif %}{% if q.valid_until %}, valid until {{ q.valid_until }}{% endif %}{% if q.file_link %}
  Read the quote: {{ q.file_link }}{% endif %}{% endfor %}
{% else %}We would like your approval for the quote{% if contractor.name %} from {{ contractor.name }}{% endif %}{% if quote.amount %}, amounting to {{ quote.amount }}{% endif %}.
{% endif %}
${EN_PLACE}

{{ ticket.description }}
{% if comment %}
Comment from your property manager: {{ comment }}
{% endif %}
You can read {% if quotes.size > 1 %}the quotes{% else %}the quote{% endif %} and approve or decline it through your personal link (no account needed):
{{ link }}

Need help? {{ help_link }}

${EN_SIGNATURE}`,
      },
      sms: '{% if quotes.size > 1 %}{{ quotes.size }} quotes are waiting for your approval.{% else %}A quote is waiting for your approval.{% endif %}',
    },
  },

  // ——— contact person ———
  contact_informed: {
    fr: {
      email: {
        subject: 'Intervention à prévoir',
        body: frInformed(`Une intervention va avoir lieu et vous avez été désigné(e) comme personne à contacter.

${FR_PLACE}
{% if contractor.name %}Intervenant : {{ contractor.name }}
{% endif %}
L'intervenant vous contactera pour convenir d'un rendez-vous. Merci de lui réserver le meilleur accueil.`),
      },
      sms: "{% if contractor.name %}{{ contractor.name }} vous contactera pour un RDV.{% else %}Un intervenant vous contactera pour un RDV.{% endif %}",
    },
    en: {
      email: {
        subject: 'Upcoming work',
        body: enInformed(`Work is about to be carried out and you have been named as the on-site contact.

${EN_PLACE}
{% if contractor.name %}Contractor: {{ contractor.name }}
{% endif %}
The contractor will contact you to arrange a visit.`),
      },
      sms: '{% if contractor.name %}{{ contractor.name }} will call you to book a visit.{% else %}A contractor will contact you to arrange a visit.{% endif %}',
    },
  },

  contact_appointment: {
    fr: {
      email: {
        subject: "Rendez-vous d'intervention",
        body: frInformed(`Une intervention est prévue ${FR_APPOINTMENT}{% if contractor.name %}, par {{ contractor.name }}{% endif %}.

${FR_PLACE}

Merci de faire en sorte que l'intervenant puisse accéder aux lieux. Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.`),
      },
      sms: 'Intervention le {{ appointment.date }} à {{ appointment.time }}.',
    },
    en: {
      email: {
        subject: 'Appointment',
        body: enInformed(`A visit is planned ${EN_APPOINTMENT}{% if contractor.name %}, by {{ contractor.name }}{% endif %}.

${EN_PLACE}

Please make sure the contractor can get in. The invitation is attached so that you can add it to your calendar.`),
      },
      sms: 'Visit on {{ appointment.date }} at {{ appointment.time }}.',
    },
  },

  // ——— watchers and the requester ———
};
