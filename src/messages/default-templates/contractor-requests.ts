// The default texts of a contractor's first requests and their reminders.
import type { TemplateKey } from '../../domain/messages/template-catalogue.ts';
import { FR_PLACE, FR_DETAILS, FR_INSTRUCTIONS, frContractor, EN_PLACE, EN_DETAILS, EN_INSTRUCTIONS, enContractor, type Texts } from './phrases.ts';

export const CONTRACTOR_REQUEST_TEMPLATES: Partial<Record<TemplateKey, Texts>> = {
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

};
