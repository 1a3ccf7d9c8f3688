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

export interface DefaultTemplate {
  email: { subject: string; body: string };
  /** Only for keys whose channels include 'sms'. */
  sms?: string;
}

// ——— French building blocks ———

const FR_PLACE = `Lieu d'intervention : {{ place.name }}, {{ place.address }}{% if place.unit %} – lot {{ place.unit }}{% endif %}
Objet : {{ ticket.subject }}`;

const FR_DETAILS = `${FR_PLACE}

{{ ticket.description }}
{% if contact.name %}
Personne à contacter pour l'intervention : {{ contact.name }}{% if contact.phone %} – {{ contact.phone }}{% endif %}{% if contact.email %} – {{ contact.email }}{% endif %}
{% endif %}{% if owner.name %}
Merci d'établir vos devis et factures au nom du propriétaire : {{ owner.name }}.
{% endif %}`;

/** For a first request and its reminders, `comment` carries the contractor's own instructions. */
const FR_INSTRUCTIONS = `{% if comment %}
Consignes particulières : {{ comment }}
{% endif %}`;

const FR_APPOINTMENT = `le {{ appointment.date }} à {{ appointment.time }}{% if appointment.duration %} (durée prévue : {{ appointment.duration }}){% endif %}`;

const FR_LINK = `Pour nous répondre, cliquez sur votre lien personnel (aucun compte n'est nécessaire) :
{{ link }}`;

const FR_HELP = `Besoin d'aide pour utiliser cette page ? Consultez le guide des intervenants :
{{ help_link }}`;

const FR_SIGNATURE = `Cordialement,

{{ manager.signature }}
{{ agency.name }}{% if agency.phone %}
{{ agency.phone }}{% endif %}{% if agency.email %}
{{ agency.email }}{% endif %}`;

/** A contractor's email: greeting, text, link, help and signature. */
const frContractor = (text: string, withLink = true) =>
  `Bonjour,

${text}

${withLink ? `${FR_LINK}\n\n` : ''}${FR_HELP}

${FR_SIGNATURE}`;

/** An email to a resident, a contact person or anyone kept informed. */
const frInformed = (text: string) =>
  `Bonjour,

${text}

${FR_SIGNATURE}`;

// ——— English building blocks ———

const EN_PLACE = `Location: {{ place.name }}, {{ place.address }}{% if place.unit %} – unit {{ place.unit }}{% endif %}
Subject: {{ ticket.subject }}`;

const EN_DETAILS = `${EN_PLACE}

{{ ticket.description }}
{% if contact.name %}
On-site contact: {{ contact.name }}{% if contact.phone %} – {{ contact.phone }}{% endif %}{% if contact.email %} – {{ contact.email }}{% endif %}
{% endif %}{% if owner.name %}
Please address your quotes and invoices to the owner: {{ owner.name }}.
{% endif %}`;

const EN_INSTRUCTIONS = `{% if comment %}
Special instructions: {{ comment }}
{% endif %}`;

const EN_APPOINTMENT = `on {{ appointment.date }} at {{ appointment.time }}{% if appointment.duration %} (planned duration: {{ appointment.duration }}){% endif %}`;

const EN_LINK = `To answer, open your personal link (no account needed):
{{ link }}`;

const EN_HELP = `Need help with this page? Read the guide for contractors:
{{ help_link }}`;

const EN_SIGNATURE = `Kind regards,

{{ manager.signature }}
{{ agency.name }}{% if agency.phone %}
{{ agency.phone }}{% endif %}{% if agency.email %}
{{ agency.email }}{% endif %}`;

const enContractor = (text: string, withLink = true) =>
  `Hello,

${text}

${withLink ? `${EN_LINK}\n\n` : ''}${EN_HELP}

${EN_SIGNATURE}`;

const enInformed = (text: string) =>
  `Hello,

${text}

${EN_SIGNATURE}`;

type Texts = Record<Language, DefaultTemplate>;

export const DEFAULT_TEMPLATES: Record<TemplateKey, Texts> = {
  // ——— contractors ———
  work_order: {
    fr: {
      email: {
        subject: 'Ordre de service',
        body: frContractor(`Nous vous confions l'intervention suivante.

${FR_DETAILS}${FR_INSTRUCTIONS}
Merci de nous indiquer si vous acceptez cette intervention et de nous proposer une date, une heure et une durée d'intervention.`),
      },
      sms: "Un ordre de service vous a été transmis.",
    },
    en: {
      email: {
        subject: 'Work order',
        body: enContractor(`We would like you to carry out the following work.

${EN_DETAILS}${EN_INSTRUCTIONS}
Please let us know whether you accept it, and propose a date, a time and a planned duration.`),
      },
      sms: 'A work order has been sent to you.',
    },
  },

  quote_request: {
    fr: {
      email: {
        subject: 'Demande de devis',
        body: frContractor(`Nous vous remercions de bien vouloir nous adresser un devis pour l'intervention suivante.

${FR_DETAILS}${FR_INSTRUCTIONS}
Merci de nous indiquer si vous donnez suite à cette demande, puis de nous transmettre votre devis (montant, document et durée de validité).`),
      },
      sms: 'Une demande de devis vous a été transmise.',
    },
    en: {
      email: {
        subject: 'Quote request',
        body: enContractor(`Could you please send us a quote for the following work?

${EN_DETAILS}${EN_INSTRUCTIONS}
Please let us know whether you will quote, then send us your quote (amount, document and validity).`),
      },
      sms: 'A quote request has been sent to you.',
    },
  },

  reminder_work_order: {
    fr: {
      email: {
        subject: 'Relance : ordre de service',
        body: frContractor(`Sauf erreur de notre part, nous n'avons pas encore reçu votre réponse à l'ordre de service ci-dessous{% if reminder.count %} (relance n°{{ reminder.count }}){% endif %}.

${FR_DETAILS}${FR_INSTRUCTIONS}
Merci de nous indiquer si vous acceptez cette intervention et de nous proposer une date, une heure et une durée d'intervention.`),
      },
      sms: 'Relance : merci de répondre à notre ordre de service.',
    },
    en: {
      email: {
        subject: 'Reminder: work order',
        body: enContractor(`Unless we are mistaken, we have not yet received your answer to the work order below{% if reminder.count %} (reminder {{ reminder.count }}){% endif %}.

${EN_DETAILS}${EN_INSTRUCTIONS}
Please let us know whether you accept it, and propose a date, a time and a planned duration.`),
      },
      sms: 'Reminder: please answer our work order.',
    },
  },

  reminder_quote: {
    fr: {
      email: {
        subject: 'Relance : demande de devis',
        body: frContractor(`Sauf erreur de notre part, nous n'avons pas encore reçu votre devis pour l'intervention ci-dessous{% if reminder.count %} (relance n°{{ reminder.count }}){% endif %}.

${FR_DETAILS}${FR_INSTRUCTIONS}
Merci de nous le transmettre dès que possible, ou de nous indiquer si vous ne pouvez pas donner suite.`),
      },
      sms: 'Relance : nous attendons votre devis.',
    },
    en: {
      email: {
        subject: 'Reminder: quote request',
        body: enContractor(`Unless we are mistaken, we have not yet received your quote for the work below{% if reminder.count %} (reminder {{ reminder.count }}){% endif %}.

${EN_DETAILS}${EN_INSTRUCTIONS}
Please send it as soon as possible, or let us know if you cannot quote.`),
      },
      sms: 'Reminder: we are waiting for your quote.',
    },
  },

  reminder_invoice: {
    fr: {
      email: {
        subject: 'Relance : demande de facture',
        body: frContractor(`Sauf erreur de notre part, nous n'avons pas encore reçu votre facture pour l'intervention ci-dessous{% if reminder.count %} (relance n°{{ reminder.count }}){% endif %}.

${FR_PLACE}

Merci de nous la transmettre (montant et document) dès que possible.`),
      },
      sms: 'Relance : nous attendons votre facture.',
    },
    en: {
      email: {
        subject: 'Reminder: invoice request',
        body: enContractor(`Unless we are mistaken, we have not yet received your invoice for the work below{% if reminder.count %} (reminder {{ reminder.count }}){% endif %}.

${EN_PLACE}

Please send it to us (amount and document) as soon as possible.`),
      },
      sms: 'Reminder: we are waiting for your invoice.',
    },
  },

  awaiting_appointment: {
    fr: {
      email: {
        subject: "Attente de RDV d'intervention",
        body: frContractor(`Nous restons dans l'attente de la date de votre intervention.

${FR_DETAILS}
Merci de nous proposer une date, une heure et une durée d'intervention, après avoir pris contact si besoin avec la personne indiquée ci-dessus.`),
      },
      sms: "Merci de nous indiquer la date de votre intervention.",
    },
    en: {
      email: {
        subject: 'Awaiting your appointment',
        body: enContractor(`We are still waiting for the date of your visit.

${EN_DETAILS}
Please propose a date, a time and a planned duration, after contacting the person above if needed.`),
      },
      sms: 'Please tell us the date of your visit.',
    },
  },

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

  quote_accepted: {
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
  message_received: {
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
  approval_request: {
    fr: {
      email: {
        subject: "Demande d'approbation",
        body: `Bonjour,

Nous sollicitons votre approbation pour le devis{% if contractor.name %} de {{ contractor.name }}{% endif %}{% if quote.amount %}, d'un montant de {{ quote.amount }}{% endif %}.

${FR_PLACE}

{{ ticket.description }}
{% if comment %}
Commentaire du gestionnaire : {{ comment }}
{% endif %}
Le devis est consultable par votre lien personnel, qui vous permet de l'approuver ou de le refuser (aucun compte n'est nécessaire) :
{{ link }}

Besoin d'aide ? {{ help_link }}

${FR_SIGNATURE}`,
      },
      sms: 'Un devis attend votre approbation.',
    },
    en: {
      email: {
        subject: 'Approval request',
        body: `Hello,

We would like your approval for the quote{% if contractor.name %} from {{ contractor.name }}{% endif %}{% if quote.amount %}, amounting to {{ quote.amount }}{% endif %}.

${EN_PLACE}

{{ ticket.description }}
{% if comment %}
Comment from your property manager: {{ comment }}
{% endif %}
You can read the quote and approve or decline it through your personal link (no account needed):
{{ link }}

Need help? {{ help_link }}

${EN_SIGNATURE}`,
      },
      sms: 'A quote is waiting for your approval.',
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
  watcher_ticket_created: {
    fr: {
      email: {
        subject: 'Demande enregistrée',
        body: frInformed(`La demande suivante a été enregistrée sous le n°{{ ticket.number }}. Nous vous tiendrons informé(e) de son avancement.

${FR_PLACE}`),
      },
      sms: 'Demande enregistrée, nous vous tiendrons informé(e).',
    },
    en: {
      email: {
        subject: 'Request registered',
        body: enInformed(`The following request has been registered as number {{ ticket.number }}. We will keep you informed.

${EN_PLACE}`),
      },
      sms: 'Request registered; we will keep you informed.',
    },
  },

  watcher_contractor_accepted: {
    fr: {
      email: {
        subject: 'Intervention acceptée',
        body: frInformed(`{% if contractor.name %}{{ contractor.name }}{% else %}L'intervenant{% endif %} a accepté l'intervention{% if appointment.date %}, prévue ${FR_APPOINTMENT}{% endif %}.

${FR_PLACE}`),
      },
      sms: "{% if appointment.date %}RDV d'intervention le {{ appointment.date }} à {{ appointment.time }}.{% else %}L'intervenant a accepté l'intervention.{% endif %}",
    },
    en: {
      email: {
        subject: 'Work accepted',
        body: enInformed(`{% if contractor.name %}{{ contractor.name }}{% else %}The contractor{% endif %} has accepted the work{% if appointment.date %}, planned ${EN_APPOINTMENT}{% endif %}.

${EN_PLACE}`),
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
${FR_PLACE}`),
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
${EN_PLACE}`),
      },
      sms: '{% if appointment.date %}New visit date: {{ appointment.date }} at {{ appointment.time }}.{% else %}The visit has been cancelled or postponed.{% endif %}',
    },
  },

  watcher_work_done: {
    fr: {
      email: {
        subject: 'Intervention terminée',
        body: frInformed(`L'intervention est terminée{% if contractor.name %} ({{ contractor.name }}){% endif %}.
{% if comment %}
Commentaire de l'intervenant : {{ comment }}
{% endif %}
${FR_PLACE}`),
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
${EN_PLACE}`),
      },
      sms: 'The work has been completed.',
    },
  },

  watcher_quote_approved: {
    fr: {
      email: {
        subject: 'Devis approuvé',
        body: frInformed(`Le devis{% if contractor.name %} de {{ contractor.name }}{% endif %}{% if quote.amount %} ({{ quote.amount }}){% endif %} a été approuvé. L'intervention va pouvoir être planifiée.

${FR_PLACE}`),
      },
      sms: "Le devis est approuvé. L'intervention sera planifiée.",
    },
    en: {
      email: {
        subject: 'Quote approved',
        body: enInformed(`The quote{% if contractor.name %} from {{ contractor.name }}{% endif %}{% if quote.amount %} ({{ quote.amount }}){% endif %} has been approved. The work can now be scheduled.

${EN_PLACE}`),
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
Merci de votre confiance.`),
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
Thank you for your trust.`),
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
${FR_PLACE}`),
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
${EN_PLACE}`),
      },
      sms: 'The work has been cancelled.',
    },
  },

  watcher_reminder_notice: {
    fr: {
      email: {
        subject: "Relance de l'intervenant",
        body: frInformed(`Sans réponse de sa part, nous avons relancé {% if contractor.name %}{{ contractor.name }}{% else %}l'intervenant{% endif %}{% if reminder.count %} (relance n°{{ reminder.count }}){% endif %}.

${FR_PLACE}`),
      },
      sms: "{% if contractor.name %}Relance envoyée à {{ contractor.name }}.{% else %}L'intervenant a été relancé.{% endif %}",
    },
    en: {
      email: {
        subject: 'Contractor reminded',
        body: enInformed(`Having had no answer, we have sent a reminder to {% if contractor.name %}{{ contractor.name }}{% else %}the contractor{% endif %}{% if reminder.count %} (reminder {{ reminder.count }}){% endif %}.

${EN_PLACE}`),
      },
      sms: '{% if contractor.name %}Reminder sent to {{ contractor.name }}.{% else %}The contractor has been reminded.{% endif %}',
    },
  },

  third_party_info: {
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

  requester_request_validated: {
    fr: {
      email: {
        subject: 'Demande prise en charge',
        body: frInformed(`Votre demande a été prise en charge sous le n°{{ ticket.number }}. Nous vous tiendrons informé(e) de son avancement.

${FR_PLACE}
{% if comment %}
{{ comment }}
{% endif %}`),
      },
      sms: 'Votre demande a été prise en charge.',
    },
    en: {
      email: {
        subject: 'Request accepted',
        body: enInformed(`Your request has been taken in hand as number {{ ticket.number }}. We will keep you informed.

${EN_PLACE}
{% if comment %}
{{ comment }}
{% endif %}`),
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
N'hésitez pas à nous recontacter si nécessaire.`),
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
Do not hesitate to contact us again if needed.`),
      },
      sms: 'Your request has been closed without action.',
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
