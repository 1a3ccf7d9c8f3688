// Default texts of the messages to staff about their account and their own doings: the password
// reset link, the copy of a report they made.
import type { Texts } from './phrases.ts';

export const STAFF_ACCOUNT_TEMPLATES: Record<'password_reset' | 'report_copy', Texts> = {
  password_reset: {
    fr: {
      email: {
        subject: 'Choisissez votre mot de passe Gardien',
        body: `Bonjour {{ recipient.name }},

Pour choisir un nouveau mot de passe pour votre compte Gardien de {{ agency.name }}, ouvrez ce lien dans les 24 heures :
{{ link }}

Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.

Gardien – {{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: 'Choose your Gardien password',
        body: `Hello {{ recipient.name }},

To choose a new password for your Gardien account at {{ agency.name }}, open this link within 24 hours:
{{ link }}

The link works once. If you did not ask for this, ignore this message: your current password stays valid.

Gardien – {{ agency.name }}`,
      },
    },
  },
  report_copy: {
    fr: {
      email: {
        subject: 'Votre rapport : {{ place.name }}',
        body: `Bonjour {{ recipient.name }},

Votre rapport sur {{ place.name }} est prêt : vous le trouverez en PDF, prêt pour le conseil syndical, en pièce jointe. Ses chiffres et ses graphiques sont aussi ici :
{{ link }}

Gardien – {{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: 'Your report: {{ place.name }}',
        body: `Hello {{ recipient.name }},

Your report on {{ place.name }} is ready: the PDF for the owners' council is attached. Its figures and charts are also here:
{{ link }}

Gardien – {{ agency.name }}`,
      },
    },
  },
};
