// The default texts sent to watchers: ticket created, contractor accepted, appointment changed, work done, quote approved, closed, cancelled, reminders.
// A watcher with a portal account is given the ticket's page in their space (FR_PORTAL), others not.
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_APPOINTMENT, FR_PORTAL, frInformed, EN_PLACE, EN_APPOINTMENT, EN_PORTAL, enInformed, type Texts } from './phrases.ts';

export const WATCHER_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {
  watcher_ticket_created: {
    fr: {
      email: {
        subject: 'Demande enregistrée',
        body: frInformed(`La demande suivante a été enregistrée sous le n°{{ ticket.number }}. Nous vous tiendrons informé(e) de son avancement.

${FR_PLACE}${FR_PORTAL}`),
      },
      sms: 'Demande enregistrée, nous vous tiendrons informé(e).',
    },
    en: {
      email: {
        subject: 'Request registered',
        body: enInformed(`The following request has been registered as number {{ ticket.number }}. We will keep you informed.

${EN_PLACE}${EN_PORTAL}`),
      },
      sms: 'Request registered; we will keep you informed.',
    },
  },

  watcher_contractor_accepted: {
    fr: {
      email: {
        subject: 'Intervention acceptée',
        body: frInformed(`{% if contractor.name %}{{ contractor.name }}{% else %}L'intervenant{% endif %} a accepté l'intervention{% if appointment.date %}, prévue ${FR_APPOINTMENT}{% endif %}.

${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "{% if appointment.date %}RDV d'intervention le {{ appointment.date }} à {{ appointment.time }}.{% else %}L'intervenant a accepté l'intervention.{% endif %}",
    },
    en: {
      email: {
        subject: 'Work accepted',
        body: enInformed(`{% if contractor.name %}{{ contractor.name }}{% else %}The contractor{% endif %} has accepted the work{% if appointment.date %}, planned ${EN_APPOINTMENT}{% endif %}.

${EN_PLACE}${EN_PORTAL}`),
      },
      sms: '{% if appointment.date %}Visit planned on {{ appointment.date }} at {{ appointment.time }}.{% else %}The contractor has accepted the work.{% endif %}',
    },
  },

  watcher_appointment_changed: {
    fr: {
      email: {
        subject: 'Rendez-vous modifié',
        body: frInformed(`{% if appointment.date %}Le rendez-vous d'intervention est déplacé ${FR_APPOINTMENT}.{% else %}Le rendez-vous d'intervention est annulé ; une nouvelle date sera fixée.{% endif %}
{% if reason %}
Motif : {{ reason }}
{% endif %}
${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "{% if appointment.date %}Nouveau RDV : {{ appointment.date }} à {{ appointment.time }}.{% else %}Le RDV d'intervention est annulé ou reporté.{% endif %}",
    },
    en: {
      email: {
        subject: 'Appointment changed',
        body: enInformed(`{% if appointment.date %}The visit has been moved to ${EN_APPOINTMENT.replace('on ', '')}.{% else %}The visit has been cancelled; a new date will be set.{% endif %}
{% if reason %}
Reason: {{ reason }}
{% endif %}
${EN_PLACE}${EN_PORTAL}`),
      },
      sms: '{% if appointment.date %}New visit date: {{ appointment.date }} at {{ appointment.time }}.{% else %}The visit has been cancelled or postponed.{% endif %}',
    },
  },

  watcher_work_completed: {
    fr: {
      email: {
        subject: 'Intervention terminée',
        body: frInformed(`L'intervention est terminée{% if contractor.name %} ({{ contractor.name }}){% endif %}.
{% if comment %}
Commentaire de l'intervenant : {{ comment }}
{% endif %}
${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "L'intervention est terminée.",
    },
    en: {
      email: {
        subject: 'Work completed',
        body: enInformed(`The work has been completed{% if contractor.name %} ({{ contractor.name }}){% endif %}.
{% if comment %}
Contractor's comment: {{ comment }}
{% endif %}
${EN_PLACE}${EN_PORTAL}`),
      },
      sms: 'The work has been completed.',
    },
  },

  watcher_quote_approved: {
    fr: {
      email: {
        subject: 'Devis approuvé',
        body: frInformed(`Le devis{% if contractor.name %} de {{ contractor.name }}{% endif %}{% if quote.amount %} ({{ quote.amount }}){% endif %} a été approuvé. L'intervention va pouvoir être planifiée.

${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "Le devis est approuvé. L'intervention sera planifiée.",
    },
    en: {
      email: {
        subject: 'Quote approved',
        body: enInformed(`The quote{% if contractor.name %} from {{ contractor.name }}{% endif %}{% if quote.amount %} ({{ quote.amount }}){% endif %} has been approved. The work can now be scheduled.

${EN_PLACE}${EN_PORTAL}`),
      },
      sms: 'The quote is approved; the work will be scheduled.',
    },
  },

  watcher_ticket_closed: {
    fr: {
      email: {
        subject: 'Demande clôturée',
        body: frInformed(`La demande n°{{ ticket.number }} est clôturée.

${FR_PLACE}
{% if comment %}
{{ comment }}
{% endif %}
Merci de votre confiance.${FR_PORTAL}`),
      },
      sms: 'La demande est close. Merci de votre confiance.',
    },
    en: {
      email: {
        subject: 'Request closed',
        body: enInformed(`Request number {{ ticket.number }} is now closed.

${EN_PLACE}
{% if comment %}
{{ comment }}
{% endif %}
Thank you for your trust.${EN_PORTAL}`),
      },
      sms: 'The request is closed. Thank you for your trust.',
    },
  },

  watcher_ticket_cancelled: {
    fr: {
      email: {
        subject: 'Intervention annulée',
        body: frInformed(`L'intervention prévue pour la demande ci-dessous est annulée.
{% if reason %}
Motif : {{ reason }}
{% endif %}
${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "L'intervention est annulée.",
    },
    en: {
      email: {
        subject: 'Work cancelled',
        body: enInformed(`The work planned for the request below has been cancelled.
{% if reason %}
Reason: {{ reason }}
{% endif %}
${EN_PLACE}${EN_PORTAL}`),
      },
      sms: 'The work has been cancelled.',
    },
  },

  watcher_reminder_notice: {
    fr: {
      email: {
        subject: "Relance de l'intervenant",
        body: frInformed(`Sans réponse de sa part, nous avons relancé {% if contractor.name %}{{ contractor.name }}{% else %}l'intervenant{% endif %}{% if reminder.count %} (relance n°{{ reminder.count }}){% endif %}.

${FR_PLACE}${FR_PORTAL}`),
      },
      sms: "{% if contractor.name %}Relance envoyée à {{ contractor.name }}.{% else %}L'intervenant a été relancé.{% endif %}",
    },
    en: {
      email: {
        subject: 'Contractor reminded',
        body: enInformed(`Having had no answer, we have sent a reminder to {% if contractor.name %}{{ contractor.name }}{% else %}the contractor{% endif %}{% if reminder.count %} (reminder {{ reminder.count }}){% endif %}.

${EN_PLACE}${EN_PORTAL}`),
      },
      sms: '{% if contractor.name %}Reminder sent to {{ contractor.name }}.{% else %}The contractor has been reminded.{% endif %}',
    },
  },

  // An incident's update (src/tickets/incidents/): worded once by the manager, sent to the
  // requester of every report it gathers. No portal link: the incident is not their own ticket.
  incident_update: {
    fr: {
      email: {
        subject: 'Information : {{ ticket.subject }}',
        body: frInformed(`Voici des nouvelles du problème que vous nous avez signalé, suivi sous le n°{{ ticket.number }} avec les signalements identiques.

${FR_PLACE}

{{ message.body }}`),
      },
      sms: '{{ message.body }}',
    },
    en: {
      email: {
        subject: 'Update: {{ ticket.subject }}',
        body: enInformed(`Here is news of the problem you reported, followed as number {{ ticket.number }} together with the identical reports.

${EN_PLACE}

{{ message.body }}`),
      },
      sms: '{{ message.body }}',
    },
  },
};
