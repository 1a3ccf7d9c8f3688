// Default texts of the messages about residents' portal accounts: the invitation and its
// reminder, the one-time sign-in link and the password reset link. Each link is minted when the
// email leaves (src/portal/portal-emails.ts); the stored email keeps a placeholder.
import type { Texts } from './phrases.ts';

type PortalAccountKey = 'portal_invitation' | 'portal_invitation_reminder' | 'portal_sign_in_link' | 'portal_password_reset';

const FR_SIGNATURE = `Bien cordialement,
{{ agency.name }}`;
const EN_SIGNATURE = `Kind regards,
{{ agency.name }}`;

export const PORTAL_ACCOUNT_TEMPLATES: Record<PortalAccountKey, Texts> = {
  portal_invitation: {
    fr: {
      email: {
        subject: 'Votre espace résident {{ agency.name }}',
        body: `Bonjour {{ recipient.name }},

{{ agency.name }} vous invite à rejoindre votre espace résident : vous pourrez y signaler un problème dans votre logement ou votre immeuble, suivre vos demandes et échanger avec votre gestionnaire.

Pour créer votre accès, ouvrez ce lien dans les 14 jours et choisissez votre mot de passe :
{{ link }}

Le lien ne sert qu'une fois. Si vous ne vous attendiez pas à ce message, ignorez-le.

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Your {{ agency.name }} resident space',
        body: `Hello {{ recipient.name }},

{{ agency.name }} invites you to your resident space: report a problem in your home or building, follow your requests and write to your manager.

To create your access, open this link within 14 days and choose your password:
{{ link }}

The link works once. If you did not expect this message, ignore it.

${EN_SIGNATURE}`,
      },
    },
  },
  portal_invitation_reminder: {
    fr: {
      email: {
        subject: 'Rappel : votre espace résident {{ agency.name }} vous attend',
        body: `Bonjour {{ recipient.name }},

Vous avez été invité(e) à rejoindre votre espace résident {{ agency.name }}, mais votre accès n'est pas encore créé.

Ouvrez ce lien et choisissez votre mot de passe :
{{ link }}

Ce lien remplace celui des messages précédents et ne sert qu'une fois.

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Reminder: your {{ agency.name }} resident space is waiting',
        body: `Hello {{ recipient.name }},

You were invited to your {{ agency.name }} resident space, but your access is not created yet.

Open this link and choose your password:
{{ link }}

This link replaces the one of earlier messages and works once.

${EN_SIGNATURE}`,
      },
    },
  },
  portal_sign_in_link: {
    fr: {
      email: {
        subject: 'Votre lien de connexion à votre espace résident',
        body: `Bonjour {{ recipient.name }},

Pour vous connecter à votre espace résident {{ agency.name }}, ouvrez ce lien dans les 20 minutes :
{{ link }}

Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message.

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Your sign-in link to your resident space',
        body: `Hello {{ recipient.name }},

To sign in to your {{ agency.name }} resident space, open this link within 20 minutes:
{{ link }}

The link works once. If you did not ask for it, ignore this message.

${EN_SIGNATURE}`,
      },
    },
  },
  portal_password_reset: {
    fr: {
      email: {
        subject: 'Choisissez un nouveau mot de passe pour votre espace résident',
        body: `Bonjour {{ recipient.name }},

Pour choisir un nouveau mot de passe pour votre espace résident {{ agency.name }}, ouvrez ce lien dans l'heure :
{{ link }}

Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.

${FR_SIGNATURE}`,
      },
    },
    en: {
      email: {
        subject: 'Choose a new password for your resident space',
        body: `Hello {{ recipient.name }},

To choose a new password for your {{ agency.name }} resident space, open this link within the hour:
{{ link }}

The link works once. If you did not ask for it, ignore this message: your current password stays valid.

${EN_SIGNATURE}`,
      },
    },
  },
};
