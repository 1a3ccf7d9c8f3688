// An email body's Liquid source as the rich editor's document, and back, without losing a
// character. The body is plain text (the server builds the email's HTML part from it), so the
// document holds only what plain text carries:
// - paragraphs: blocks separated by a blank line ("\n\n");
// - line breaks inside a paragraph ("\n");
// - variable chips: `{{ ticket.number }}` (any spacing, `{{-` kept as written);
// - condition chips: `{% if place.unit %}`, `{% else %}`, `{% endif %}` on a single variable.
// Anything else Liquid can say (filters, other tags, conditions that compare values) has no
// chip: `richDocumentOf` names it, and the editor keeps that template in source mode.
import type { JSONContent } from '@tiptap/react';

export const VARIABLE_NODE = 'variable';
export const CONDITION_NODE = 'liquidCondition';

export type ConditionKind = 'if' | 'else' | 'endif';

/** Why a source cannot be shown in rich mode: the first construct without a chip. */
export interface RichModeRefusal {
  reason: 'filter' | 'tag' | 'condition' | 'expression' | 'unclosed';
  /** The construct as written, e.g. `{{ message.subject | default: 'Message reçu' }}`. */
  construct: string;
  /** 1-based line of the construct. */
  line: number;
}

export type RichDocument = { ok: true; doc: JSONContent } | { ok: false; refusal: RichModeRefusal };

const PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$/;

type Segment = { text: string } | { node: JSONContent };

/** How a chip is written when it was inserted (not read from a source). */
export function canonicalLiquid(node: JSONContent): string {
  const attrs = node.attrs ?? {};
  if (typeof attrs.raw === 'string' && attrs.raw !== '') return attrs.raw;
  if (node.type === VARIABLE_NODE) return `{{ ${String(attrs.name)} }}`;
  if (attrs.kind === 'if') return `{% if ${String(attrs.name)} %}`;
  return `{% ${String(attrs.kind)} %}`;
}

/** The inside of `{{ … }}` or `{% … %}` without Liquid's whitespace-control dashes. */
function inner(raw: string): string {
  return raw
    .slice(2, -2)
    .replace(/^-/, '')
    .replace(/-$/, '')
    .trim();
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A construct's chip, or the reason it has none. */
function chipOf(raw: string): JSONContent | RichModeRefusal['reason'] {
  const content = inner(raw);
  if (raw.startsWith('{{')) {
    if (PATH.test(content)) return { type: VARIABLE_NODE, attrs: { name: content, raw } };
    return content.includes('|') ? 'filter' : 'expression';
  }
  const [tag = '', ...rest] = content.split(/\s+/);
  if (tag === 'if') {
    const condition = rest.join(' ');
    return rest.length === 1 && PATH.test(condition) ? { type: CONDITION_NODE, attrs: { kind: 'if', name: condition, raw } } : 'condition';
  }
  if ((tag === 'else' || tag === 'endif') && rest.length === 0) return { type: CONDITION_NODE, attrs: { kind: tag, name: '', raw } };
  return 'tag';
}

/** The source cut into plain text and chips, or the first construct without a chip. */
function segmentsOf(source: string): Segment[] | RichModeRefusal {
  const segments: Segment[] = [];
  const opening = /\{\{|\{%/g;
  let last = 0;
  for (let match = opening.exec(source); match; match = opening.exec(source)) {
    const start = match.index;
    const close = source.indexOf(match[0] === '{{' ? '}}' : '%}', start + 2);
    if (close === -1) return { reason: 'unclosed', construct: source.slice(start, start + 40), line: lineAt(source, start) };
    const raw = source.slice(start, close + 2);
    const chip = chipOf(raw);
    if (typeof chip === 'string') return { reason: chip, construct: raw, line: lineAt(source, start) };
    if (start > last) segments.push({ text: source.slice(last, start) });
    segments.push({ node: chip });
    last = close + 2;
    opening.lastIndex = last;
  }
  if (last < source.length) segments.push({ text: source.slice(last) });
  return segments;
}

/** The editor's document of a Liquid source, or why it has none. */
export function richDocumentOf(source: string): RichDocument {
  const segments = segmentsOf(source);
  if (!Array.isArray(segments)) return { ok: false, refusal: segments };
  const paragraphs: JSONContent[][] = [[]];
  const current = () => paragraphs[paragraphs.length - 1]!;
  for (const segment of segments) {
    if ('node' in segment) {
      current().push(segment.node);
      continue;
    }
    segment.text.split('\n\n').forEach((block, blockIndex) => {
      if (blockIndex > 0) paragraphs.push([]);
      block.split('\n').forEach((line, lineIndex) => {
        if (lineIndex > 0) current().push({ type: 'hardBreak' });
        if (line !== '') current().push({ type: 'text', text: line });
      });
    });
  }
  return {
    ok: true,
    doc: { type: 'doc', content: paragraphs.map((content) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })) },
  };
}

/** The Liquid source of an editor's document. */
export function liquidOf(doc: JSONContent): string {
  return (doc.content ?? [])
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((node) => {
          if (node.type === 'text') return node.text ?? '';
          if (node.type === 'hardBreak') return '\n';
          if (node.type === VARIABLE_NODE || node.type === CONDITION_NODE) return canonicalLiquid(node);
          return '';
        })
        .join(''),
    )
    .join('\n\n');
}
