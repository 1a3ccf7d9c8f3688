// Default texts of the news wall's message: an urgent post sent to every resident of its audience
// (src/community/news/fan-out-urgent-post.ts). Rendered once per language and channel for all its
// recipients, so they read no recipient's own values: the post's title (message.subject), its
// first words (message.body) and the link to it in the portal (portal_link). The SMS gets the link
// and the agency's name from the system, as every SMS does.
import type { Texts } from './phrases.ts';

export const NEWS_TEMPLATES: Record<'news_urgent', Texts> = {
  news_urgent: {
    fr: {
      email: {
        subject: 'Urgent : {{ message.subject }}',
        body: `Bonjour,

{{ agency.name }} publie une information urgente pour votre immeuble :

{{ message.subject }}

{{ message.body }}

Pour la lire en entier, avec ses pièces jointes, ouvrez votre espace résident :
{{ portal_link }}

Bien cordialement,
{{ agency.name }}`,
      },
      sms: 'Urgent : {{ message.subject }}',
    },
    en: {
      email: {
        subject: 'Urgent: {{ message.subject }}',
        body: `Hello,

{{ agency.name }} posts urgent news for your building:

{{ message.subject }}

{{ message.body }}

To read all of it, with its files, open your resident space:
{{ portal_link }}

Kind regards,
{{ agency.name }}`,
      },
      sms: 'Urgent: {{ message.subject }}',
    },
  },
};
