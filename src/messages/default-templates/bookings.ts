// Default texts of the residents' booking emails (src/bookings/booking-emails.ts): made and
// confirmed, waiting for the agency's approval, refused, cancelled, and the reminder before.
import type { Texts } from './phrases.ts';

type BookingKey = 'booking_confirmed' | 'booking_pending' | 'booking_refused' | 'booking_cancelled' | 'booking_reminder';

const FR_SIGNATURE = `Bien cordialement,
{{ agency.name }}`;
const EN_SIGNATURE = `Kind regards,
{{ agency.name }}`;

const FR_WHAT = `{{ booking.resource }} – {{ place.name }}
{{ booking.date }}, {{ booking.time }}`;
const EN_WHAT = FR_WHAT;

const FR_MONEY = `{% if booking.price %}Tarif : {{ booking.price }} (à régler auprès de l'agence).
{% endif %}{% if booking.deposit %}Caution : {{ booking.deposit }} (à remettre à l'agence).
{% endif %}`;
const EN_MONEY = `{% if booking.price %}Price: {{ booking.price }} (paid to the agency).
{% endif %}{% if booking.deposit %}Deposit: {{ booking.deposit }} (handed to the agency).
{% endif %}`;

export const BOOKING_TEMPLATES: Record<BookingKey, Texts> = {
  booking_confirmed: {
    fr: {
      email: {
        subject: 'Réservation confirmée : {{ booking.resource }}',
        body: `Bonjour {{ recipient.name }},

Votre réservation est confirmée :
${FR_WHAT}

${FR_MONEY}
L'invitation jointe l'ajoute à votre agenda. Vous retrouvez vos réservations, et pouvez les annuler, sur votre espace résident :
{{ portal_link }}

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Booking confirmed: {{ booking.resource }}',
        body: `Hello {{ recipient.name }},

Your booking is confirmed:
${EN_WHAT}

${EN_MONEY}
The attached invitation adds it to your calendar. Your bookings, and their cancellation, are in your resident space:
{{ portal_link }}

${EN_SIGNATURE}`,
      },
    },
  },
  booking_pending: {
    fr: {
      email: {
        subject: 'Réservation en attente : {{ booking.resource }}',
        body: `Bonjour {{ recipient.name }},

Nous avons bien reçu votre demande de réservation :
${FR_WHAT}

Elle doit être acceptée par l'agence : vous recevrez un message dès qu'elle sera décidée. Le créneau vous est gardé d'ici là.
{{ portal_link }}

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Booking waiting for approval: {{ booking.resource }}',
        body: `Hello {{ recipient.name }},

We have received your booking request:
${EN_WHAT}

The agency approves it first: you will hear from us as soon as it is decided. The slot is kept for you meanwhile.
{{ portal_link }}

${EN_SIGNATURE}`,
      },
    },
  },
  booking_refused: {
    fr: {
      email: {
        subject: 'Réservation refusée : {{ booking.resource }}',
        body: `Bonjour {{ recipient.name }},

Votre demande de réservation n'a pas pu être acceptée :
${FR_WHAT}
{% if reason %}
Motif : {{ reason }}
{% endif %}
Vous pouvez choisir un autre créneau sur votre espace résident :
{{ portal_link }}

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Booking refused: {{ booking.resource }}',
        body: `Hello {{ recipient.name }},

Your booking request could not be accepted:
${EN_WHAT}
{% if reason %}
Reason: {{ reason }}
{% endif %}
You may pick another slot in your resident space:
{{ portal_link }}

${EN_SIGNATURE}`,
      },
    },
  },
  booking_cancelled: {
    fr: {
      email: {
        subject: 'Réservation annulée : {{ booking.resource }}',
        body: `Bonjour {{ recipient.name }},

Cette réservation est annulée :
${FR_WHAT}
{% if reason %}
Motif : {{ reason }}
{% endif %}
L'invitation jointe la retire de votre agenda. Vos réservations sont sur votre espace résident :
{{ portal_link }}

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Booking cancelled: {{ booking.resource }}',
        body: `Hello {{ recipient.name }},

This booking is cancelled:
${EN_WHAT}
{% if reason %}
Reason: {{ reason }}
{% endif %}
The attached invitation removes it from your calendar. Your bookings are in your resident space:
{{ portal_link }}

${EN_SIGNATURE}`,
      },
    },
  },
  booking_reminder: {
    fr: {
      email: {
        subject: 'Rappel : {{ booking.resource }} {{ booking.date }}',
        body: `Bonjour {{ recipient.name }},

Un rappel de votre réservation :
${FR_WHAT}

${FR_MONEY}
Si vous n'en avez plus besoin, annulez-la sur votre espace résident pour la laisser à vos voisins :
{{ portal_link }}

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Reminder: {{ booking.resource }} {{ booking.date }}',
        body: `Hello {{ recipient.name }},

A reminder of your booking:
${EN_WHAT}

${EN_MONEY}
If you no longer need it, cancel it in your resident space to leave it to your neighbours:
{{ portal_link }}

${EN_SIGNATURE}`,
      },
    },
  },
};
