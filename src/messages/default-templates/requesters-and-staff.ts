// The default texts sent to third parties, the requester and staff. The requester's carry the
// ticket's page in their space when they have a portal account (portal_link is empty otherwise).
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_APPOINTMENT, FR_PORTAL, frInformed, EN_PLACE, EN_APPOINTMENT, EN_PORTAL, enInformed, type Texts } from './phrases.ts';

export const REQUESTER_AND_STAFF_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {

  third_party_informed: {
    fr: {
      email: {
        subject: 'Information : {{ ticket.step_label }}',
        body: frInformed(`Nous vous informons de l'avancement de la demande suivante.

${FR_PLACE}
Étape en cours : {{ ticket.step_label }}{% if appointment.date %}
Intervention prévue ${FR_APPOINTMENT}{% endif %}
{% if comment %}
{{ comment }}
{% endif %}`),
      },
      sms: 'Information : {{ ticket.step_label }}.',
    },
    en: {
      email: {
        subject: 'Update: {{ ticket.step_label }}',
        body: enInformed(`Here is where the following request stands.

${EN_PLACE}
Current step: {{ ticket.step_label }}{% if appointment.date %}
Visit planned ${EN_APPOINTMENT}{% endif %}
{% if comment %}
{{ comment }}
{% endif %}`),
      },
      sms: 'Update: {{ ticket.step_label }}.',
    },
  },

  request_acknowledged: {
    fr: {
      email: {
        subject: 'Demande reçue : {{ ticket.subject }}',
        body: `Bonjour,

Nous avons bien reçu votre demande « {{ ticket.subject }} », enregistrée sous le n°{{ ticket.number }}. Votre gestionnaire la lira et reviendra vers vous.

Pour compléter votre demande, répondez simplement à ce message.

{{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: 'Request received: {{ ticket.subject }}',
        body: `Hello,

We have received your request "{{ ticket.subject }}", recorded as number {{ ticket.number }}. Your property manager will read it and get back to you.

To add to your request, simply reply to this message.

{{ agency.name }}`,
      },
    },
  },

  requester_request_validated: {
    fr: {
      email: {
        subject: 'Demande prise en charge',
        body: frInformed(`Votre demande a été prise en charge sous le n°{{ ticket.number }}. Nous vous tiendrons informé(e) de son avancement.

${FR_PLACE}${FR_PORTAL}`),
      },
      sms: 'Votre demande a été prise en charge.',
    },
    en: {
      email: {
        subject: 'Request accepted',
        body: enInformed(`Your request has been taken in hand as number {{ ticket.number }}. We will keep you informed.

${EN_PLACE}${EN_PORTAL}`),
      },
      sms: 'Your request has been taken in hand.',
    },
  },

  requester_request_cancelled: {
    fr: {
      email: {
        subject: 'Demande classée sans suite',
        body: frInformed(`Votre demande « {{ ticket.subject }} » a été classée sans suite.
{% if reason %}
Motif : {{ reason }}
{% endif %}
N'hésitez pas à nous recontacter si nécessaire.${FR_PORTAL}`),
      },
      sms: 'Votre demande a été classée sans suite.',
    },
    en: {
      email: {
        subject: 'Request closed without action',
        body: enInformed(`Your request "{{ ticket.subject }}" has been closed without further action.
{% if reason %}
Reason: {{ reason }}
{% endif %}
Do not hesitate to contact us again if needed.${EN_PORTAL}`),
      },
      sms: 'Your request has been closed without action.',
    },
  },

  requester_feedback_request: {
    fr: {
      email: {
        subject: 'Votre demande est résolue : votre avis ?',
        body: frInformed(`Votre demande « {{ ticket.subject }} » (n°{{ ticket.number }}) est résolue.

{% if portal_link %}Tout s'est-il bien passé ? Dites-le-nous en un clic, cela nous aide à mieux vous servir :
{{ portal_link }}#feedback{% else %}Tout s'est-il bien passé ? Répondez simplement à ce message pour nous le dire, cela nous aide à mieux vous servir.{% endif %}

Si le problème persiste, dites-le aussi : votre gestionnaire reprendra la demande.`),
      },
      sms: 'Votre demande est résolue.{% if portal_link %} Votre avis : {{ portal_link }}#feedback{% endif %}',
    },
    en: {
      email: {
        subject: 'Your request is resolved: how did it go?',
        body: enInformed(`Your request "{{ ticket.subject }}" (number {{ ticket.number }}) is resolved.

{% if portal_link %}Did everything go well? Tell us in one click, it helps us serve you better:
{{ portal_link }}#feedback{% else %}Did everything go well? Simply reply to this message to tell us, it helps us serve you better.{% endif %}

If the problem is still there, say so too: your property manager will take the request up again.`),
      },
      sms: 'Your request is resolved.{% if portal_link %} Your feedback: {{ portal_link }}#feedback{% endif %}',
    },
  },

  requester_ticket_auto_closed: {
    fr: {
      email: {
        subject: 'Demande clôturée',
        body: frInformed(`Votre demande « {{ ticket.subject }} » (n°{{ ticket.number }}) était résolue et vient d'être clôturée.

{% if portal_link %}Vous pouvez la relire, et encore donner votre avis pendant quelques jours, sur votre espace :
{{ portal_link }}

{% endif %}Si le problème revient, faites une nouvelle demande.`),
      },
    },
    en: {
      email: {
        subject: 'Request closed',
        body: enInformed(`Your request "{{ ticket.subject }}" (number {{ ticket.number }}) was resolved and has now been closed.

{% if portal_link %}You can read it again, and still give your feedback for a few days, in your space:
{{ portal_link }}

{% endif %}If the problem comes back, make a new request.`),
      },
    },
  },

  requester_message: {
    fr: {
      email: {
        subject: '{{ message.subject }}',
        body: frInformed(`{{ message.body }}

Votre demande n°{{ ticket.number }} « {{ ticket.subject }} » : répondez simplement à ce message{% if portal_link %}, ou retrouvez-la sur votre espace :
{{ portal_link }}{% else %}.{% endif %}`),
      },
      sms: '{{ message.body }}',
    },
    en: {
      email: {
        subject: '{{ message.subject }}',
        body: enInformed(`{{ message.body }}

Your request number {{ ticket.number }} "{{ ticket.subject }}": simply reply to this message{% if portal_link %}, or find it in your space:
{{ portal_link }}{% else %}.{% endif %}`),
      },
      sms: '{{ message.body }}',
    },
  },

  // ——— staff ———
  staff_answer_received: {
    fr: {
      email: {
        subject: 'Réponse reçue',
        body: `Bonjour,

Une réponse est arrivée sur le ticket n°{{ ticket.number }} « {{ ticket.subject }} » ({{ place.name }}){% if contractor.name %}, de {{ contractor.name }}{% endif %}.

Étape en cours : {{ ticket.step_label }}
{% if message.body %}
{{ message.body }}
{% endif %}{% if link %}
Ouvrir le ticket : {{ link }}
{% endif %}
Gardien – {{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: 'Answer received',
        body: `Hello,

An answer has arrived on ticket {{ ticket.number }} "{{ ticket.subject }}" ({{ place.name }}){% if contractor.name %}, from {{ contractor.name }}{% endif %}.

Current step: {{ ticket.step_label }}
{% if message.body %}
{{ message.body }}
{% endif %}{% if link %}
Open the ticket: {{ link }}
{% endif %}
Gardien – {{ agency.name }}`,
      },
    },
  },
};
