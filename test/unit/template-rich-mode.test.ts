// The template editor's rich mode: every shipped email body becomes the editor's document (checked
// against the editor's real schema) and comes back as the same Liquid, character for character;
// what the rich mode has no chip for keeps the template in source mode, with the reason.
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { DEFAULT_TEMPLATES } from '../../src/messages/default-templates.ts';
import { templateExtensions } from '../../web/src/admin/templates/liquid-chips.ts';
import { liquidOf, richDocumentOf, type RichModeRefusal } from '../../web/src/admin/templates/liquid-document.ts';

const schema = getSchema(templateExtensions());

/** Source → document (validated by the schema, as the editor would hold it) → source. */
function roundTrip(source: string): string | RichModeRefusal {
  const rich = richDocumentOf(source);
  if (!rich.ok) return rich.refusal;
  const node = ProseMirrorNode.fromJSON(schema, rich.doc);
  node.check();
  return liquidOf(node.toJSON());
}

const bodies = Object.entries(DEFAULT_TEMPLATES).flatMap(([key, texts]) =>
  (['fr', 'en'] as const).map((language) => ({ name: `${key} (${language})`, body: texts[language].email.body })),
);

describe('the template editor rich mode', () => {
  it('covers every shipped email body', () => {
    expect(bodies.length).toBe(Object.keys(DEFAULT_TEMPLATES).length * 2);
  });

  // Every shipped body but one comes back unchanged: their conditions are all
  // `{% if variable %}…{% else %}…{% endif %}`, which have chips, and they use no filter (the
  // only filter shipped, `default:`, is in message_sent's subject, a plain text field). The
  // approval request lists every quote put to the approver with a loop and counts them, which
  // the rich mode has no chip for: it opens in source mode and says so; so does the documents'
  // digest, which lists the new documents.
  const SOURCE_MODE = new Set(['approval_request (fr)', 'approval_request (en)', 'documents_digest (fr)', 'documents_digest (en)']);
  it.each(bodies.filter((b) => !SOURCE_MODE.has(b.name)))('gives back the shipped body of $name unchanged', ({ body }) => {
    expect(roundTrip(body)).toBe(body);
  });
  it.each(bodies.filter((b) => SOURCE_MODE.has(b.name)))('keeps the shipped body of $name in source mode, with a reason', ({ body }) => {
    const result = roundTrip(body);
    expect(typeof result).toBe('object');
    expect(result).toMatchObject({ reason: expect.any(String) });
  });

  it('shows variables and conditions as chips, paragraphs and line breaks as such', () => {
    const rich = richDocumentOf('Bonjour,\n\nLot {{ place.unit }}{% if comment %}\n{{comment}}{% else %}-{% endif %}');
    expect(rich.ok && rich.doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Bonjour,' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Lot ' },
          { type: 'variable', attrs: { name: 'place.unit', raw: '{{ place.unit }}' } },
          { type: 'liquidCondition', attrs: { kind: 'if', name: 'comment', raw: '{% if comment %}' } },
          { type: 'hardBreak' },
          { type: 'variable', attrs: { name: 'comment', raw: '{{comment}}' } },
          { type: 'liquidCondition', attrs: { kind: 'else', name: '', raw: '{% else %}' } },
          { type: 'text', text: '-' },
          { type: 'liquidCondition', attrs: { kind: 'endif', name: '', raw: '{% endif %}' } },
        ],
      },
    ]);
  });

  it.each([
    'Bonjour,\n\n\n\nTrois lignes vides.\n',
    '\nEn tête vide\n\n',
    '{%- if place.unit -%} lot {{- place.unit -}}{%- endif -%}',
    '  deux espaces  et\ttabulation ',
    '',
  ])('keeps blank lines, spaces and whitespace control as written: %j', (source) => {
    expect(roundTrip(source)).toBe(source);
  });

  it('writes an inserted chip as the canonical Liquid', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'N° ' }, { type: 'variable', attrs: { name: 'ticket.number' } }] }] };
    expect(liquidOf(ProseMirrorNode.fromJSON(schema, doc).toJSON())).toBe('N° {{ ticket.number }}');
  });

  it.each<[string, RichModeRefusal]>([
    ["Objet : {{ message.subject | default: 'Message' }}", { reason: 'filter', construct: "{{ message.subject | default: 'Message' }}", line: 1 }],
    ['a\n{% for x in (1..3) %}{{ x }}{% endfor %}', { reason: 'tag', construct: '{% for x in (1..3) %}', line: 2 }],
    ["{% if reminder.count > 1 %}relance{% endif %}", { reason: 'condition', construct: '{% if reminder.count > 1 %}', line: 1 }],
    ["{{ 'texte' }}", { reason: 'expression', construct: "{{ 'texte' }}", line: 1 }],
    ['a\n\nb {{ ticket.number', { reason: 'unclosed', construct: '{{ ticket.number', line: 3 }],
  ])('keeps %j in source mode and says why', (source, refusal) => {
    expect(roundTrip(source)).toEqual(refusal);
  });
});
