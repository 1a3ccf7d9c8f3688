// The default texts of a contractor's appointment: planned, moved, reminded, check-in and completion requests.
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_DETAILS, FR_APPOINTMENT, frContractor, EN_PLACE, EN_DETAILS, EN_APPOINTMENT, enContractor, type Texts } from './phrases.ts';

export const CONTRACTOR_APPOINTMENT_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {
  appointment_planned: {
    fr: {
      email: {
        subject: 'Intervention planifiée',
        body: frContractor(`Nous vous confirmons votre intervention ${FR_APPOINTMENT}.

${FR_DETAILS}
Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda. En cas d'empêchement, merci de nous prévenir au plus tôt.`),
      },
      sms: 'RDV confirmé le {{ appointment.date }} à {{ appointment.time }}.',
    },
    en: {
      email: {
        subject: 'Appointment confirmed',
        body: enContractor(`We confirm your visit ${EN_APPOINTMENT}.

${EN_DETAILS}
The invitation is attached so that you can add it to your calendar. If anything prevents you from coming, please let us know as early as possible.`),
      },
      sms: 'Visit confirmed on {{ appointment.date }} at {{ appointment.time }}.',
    },
  },

  appointment_postponed: {
    fr: {
      email: {
        subject: 'Intervention reportée',
        body: frContractor(`{% if appointment.date %}Votre intervention est reportée ${FR_APPOINTMENT}.{% else %}Votre intervention est reportée. Merci de nous proposer une nouvelle date.{% endif %}
{% if reason %}
Motif : {{ reason }}
{% endif %}
${FR_PLACE}

{% if appointment.date %}L'invitation mise à jour est en pièce jointe.{% endif %}`),
      },
      sms: "{% if appointment.date %}RDV reporté au {{ appointment.date }} à {{ appointment.time }}.{% else %}RDV reporté : merci de nous proposer une autre date.{% endif %}",
    },
    en: {
      email: {
        subject: 'Appointment postponed',
        body: enContractor(`{% if appointment.date %}Your visit has been moved to ${EN_APPOINTMENT.replace('on ', '')}.{% else %}Your visit has been postponed. Please propose a new date.{% endif %}
{% if reason %}
Reason: {{ reason }}
{% endif %}
${EN_PLACE}

{% if appointment.date %}The updated invitation is attached.{% endif %}`),
      },
      sms: '{% if appointment.date %}Visit moved to {{ appointment.date }} at {{ appointment.time }}.{% else %}Visit postponed: please propose another date.{% endif %}',
    },
  },

  appointment_reminder: {
    fr: {
      email: {
        subject: "Rappel de l'intervention",
        body: frContractor(`Nous vous rappelons votre intervention prévue ${FR_APPOINTMENT}.

${FR_DETAILS}
En cas d'empêchement, merci de nous prévenir au plus tôt.`),
      },
      sms: 'Rappel RDV : {{ appointment.date }} à {{ appointment.time }}.',
    },
    en: {
      email: {
        subject: 'Appointment reminder',
        body: enContractor(`This is a reminder of your visit ${EN_APPOINTMENT}.

${EN_DETAILS}
If anything prevents you from coming, please let us know as early as possible.`),
      },
      sms: 'Reminder: visit on {{ appointment.date }} at {{ appointment.time }}.',
    },
  },

  check_in_request: {
    fr: {
      email: {
        subject: 'Demande de présence sur place',
        body: frContractor(`Votre intervention est prévue ${FR_APPOINTMENT}.

${FR_PLACE}

Merci de nous confirmer votre présence sur place, ou de nous signaler un retard ou un empêchement.`),
      },
      sms: 'Merci de confirmer votre présence sur place.',
    },
    en: {
      email: {
        subject: 'Are you on site?',
        body: enContractor(`Your visit is planned ${EN_APPOINTMENT}.

${EN_PLACE}

Please confirm that you are on site, or tell us if you are running late or cannot come.`),
      },
      sms: 'Please confirm that you are on site.',
    },
  },

  completion_request: {
    fr: {
      email: {
        subject: "Demande de fin d'intervention",
        body: frContractor(`Votre intervention était prévue ${FR_APPOINTMENT}.

${FR_PLACE}

Merci de nous confirmer qu'elle est terminée, avec un commentaire et, si possible, des photos. Vous pouvez joindre votre facture dès maintenant.`),
      },
      sms: "Merci de nous confirmer la fin de l'intervention.",
    },
    en: {
      email: {
        subject: 'Is the work completed?',
        body: enContractor(`Your visit was planned ${EN_APPOINTMENT}.

${EN_PLACE}

Please confirm that the work is completed, with a comment and, if possible, photos. You may attach your invoice now.`),
      },
      sms: 'Please confirm that the work is completed.',
    },
  },
};
