// Default texts of the messages about staff accounts (the password reset link).
import type { Texts } from './phrases.ts';

export const STAFF_ACCOUNT_TEMPLATES: Record<'password_reset', Texts> = {
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
};
