// The template editor's schema: paragraphs, line breaks, plain text, and two inline atoms — a
// variable chip (`{{ ticket.number }}`, shown by its label) and a condition chip (`{% if … %}`,
// `{% else %}`, `{% endif %}`). Nothing else: the body is plain text (liquid-document.ts).
// No React here, so that the unit test builds the same schema in Node.
import { Node, mergeAttributes, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { canonicalLiquid, CONDITION_NODE, VARIABLE_NODE, type ConditionKind } from './liquid-document.ts';

export interface ChipLabels {
  /** A variable's label ("Numéro du ticket"), its name when it has none. */
  variable: (name: string) => string;
  /** A condition chip's text ("Si : Lot", "Sinon", "Fin de la condition"). */
  condition: (kind: ConditionKind, variableLabel: string) => string;
}

const NAME_LABELS: ChipLabels = {
  variable: (name) => name,
  condition: (kind, label) => (kind === 'if' ? `if ${label}` : kind),
};

const attribute = (name: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: String(attrs[name] ?? '') }),
});

/** `{{ name }}`, shown as a chip with the variable's label. */
export const VariableChip = Node.create<{ labels: ChipLabels }>({
  name: VARIABLE_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ labels: NAME_LABELS }),
  addAttributes: () => ({ name: attribute('name'), raw: attribute('raw') }),
  parseHTML: () => [{ tag: 'span[data-liquid="variable"]' }],
  renderHTML({ node, HTMLAttributes }) {
    const name = String(node.attrs.name);
    return ['span', mergeAttributes(HTMLAttributes, { 'data-liquid': 'variable', class: 'liquid-chip', title: canonicalLiquid(node.toJSON()) }), this.options.labels.variable(name)];
  },
  renderText: ({ node }) => canonicalLiquid(node.toJSON()),
});

/** `{% if name %}`, `{% else %}`, `{% endif %}`, shown as a chip in words. */
export const ConditionChip = Node.create<{ labels: ChipLabels }>({
  name: CONDITION_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ labels: NAME_LABELS }),
  addAttributes: () => ({ kind: attribute('kind'), name: attribute('name'), raw: attribute('raw') }),
  parseHTML: () => [{ tag: 'span[data-liquid="condition"]' }],
  renderHTML({ node, HTMLAttributes }) {
    const kind = node.attrs.kind as ConditionKind;
    const label = this.options.labels.condition(kind, kind === 'if' ? this.options.labels.variable(String(node.attrs.name)) : '');
    return ['span', mergeAttributes(HTMLAttributes, { 'data-liquid': 'condition', class: 'liquid-chip liquid-condition', title: canonicalLiquid(node.toJSON()) }), label];
  },
  renderText: ({ node }) => canonicalLiquid(node.toJSON()),
});

/** The extensions of the template editor (undo and redo included). */
export function templateExtensions(labels: ChipLabels = NAME_LABELS): Extensions {
  return [
    StarterKit.configure({
      blockquote: false, bold: false, bulletList: false, code: false, codeBlock: false, heading: false,
      horizontalRule: false, italic: false, link: false, listItem: false, listKeymap: false, orderedList: false,
      strike: false, underline: false, trailingNode: false,
    }),
    VariableChip.configure({ labels }),
    ConditionChip.configure({ labels }),
  ];
}
