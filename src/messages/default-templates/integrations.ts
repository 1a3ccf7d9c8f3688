// Default texts of the messages about the agency's integrations: a webhook switched off because
// its receiver kept failing, to the agency's app admins.
import type { Texts } from './phrases.ts';

export const INTEGRATION_TEMPLATES: Record<'webhook_disabled', Texts> = {
  webhook_disabled: {
    fr: {
      email: {
        subject: 'Webhook désactivé : {{ webhook.url }}',
        body: `Bonjour {{ recipient.name }},

Le webhook {{ webhook.url }} a échoué {{ webhook.failures }} fois de suite (dernière erreur : {{ webhook.error }}). Gardien l'a désactivé : plus aucun envoi ne part vers cette adresse.

Les événements suivants restent en attente. Une fois le destinataire réparé, réactivez le webhook ici ; ils partiront alors :
{{ link }}

Gardien – {{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: 'Webhook switched off: {{ webhook.url }}',
        body: `Hello {{ recipient.name }},

The webhook {{ webhook.url }} failed {{ webhook.failures }} times in a row (last error: {{ webhook.error }}). Gardien switched it off: nothing is sent to this address any more.

The events that follow are kept waiting. Once the receiver is mended, switch the webhook on again here and they will leave:
{{ link }}

Gardien – {{ agency.name }}`,
      },
    },
  },
};
