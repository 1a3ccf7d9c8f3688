// Default texts of the daily digest of new documents (src/community/documents-digest.ts): one
// email per resident listing the documents put in their portal since the last digest.
import type { Texts } from './phrases.ts';

export const DOCUMENT_TEMPLATES: Record<'documents_digest', Texts> = {
  documents_digest: {
    fr: {
      email: {
        subject: '{% if documents.size > 1 %}{{ documents.size }} nouveaux documents{% else %}Un nouveau document{% endif %} dans votre espace résident',
        body: `Bonjour {{ recipient.name }},

{% if documents.size > 1 %}De nouveaux documents ont été mis à votre disposition{% else %}Un nouveau document a été mis à votre disposition{% endif %} dans votre espace résident :
{% for d in documents %}
- {{ d.title }}{% if d.place %} ({{ d.place }}){% endif %}{% endfor %}

Pour les consulter et les télécharger :
{{ portal_link }}

Bien cordialement,
{{ agency.name }}`,
      },
    },
    en: {
      email: {
        subject: '{% if documents.size > 1 %}{{ documents.size }} new documents{% else %}A new document{% endif %} in your resident space',
        body: `Hello {{ recipient.name }},

{% if documents.size > 1 %}New documents were put{% else %}A new document was put{% endif %} in your resident space:
{% for d in documents %}
- {{ d.title }}{% if d.place %} ({{ d.place }}){% endif %}{% endfor %}

To read and download them:
{{ portal_link }}

Kind regards,
{{ agency.name }}`,
      },
    },
  },
};
