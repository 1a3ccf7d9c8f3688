// Renders a message template (an agency's edited version, else the shipped default) with LiquidJS,
// configured so that a template can only read the variables it is given: no file system (include,
// render and layout are refused when parsing, and there is no template store to load from), own
// properties only (no prototype walking), unknown filters refused, and limits on template size,
// render time and memory. The text is plain (no HTML escaping); for an email the HTML part is
// built from that same text, so there is one source and two parts.
import { Liquid, Tag, LiquidError, type TagToken, type TopLevelToken } from 'liquidjs';
import { TEMPLATES, TEMPLATE_VARIABLES, type TemplateKey } from '../domain/messages/template-catalogue.ts';
import { suggestGsmReplacements } from '../domain/messages/sms-count.ts';
import { textToHtml, tidy } from './message-parts.ts';
import type { Language } from '../domain/master-data.ts';
import { DomainError } from '../domain/errors.ts';
import { defaultSource } from './default-templates.ts';

export type TemplateChannel = 'email' | 'sms';

/** A template's source: the email subject (short title) and the body. */
export interface TemplateSource {
  subject?: string | null;
  body: string;
}

/** The values a template may use (TEMPLATE_VARIABLES), all optional: a missing one renders empty. */
export interface TemplateVariables {
  ticket?: { number?: number | string; subject?: string; description?: string; type_label?: string; step_label?: string };
  place?: { name?: string; address?: string; unit?: string };
  contact?: { name?: string; phone?: string; email?: string };
  contractor?: { name?: string };
  approver?: { name?: string };
  recipient?: { name?: string };
  appointment?: { date?: string; time?: string; duration?: string };
  quote?: { amount?: string };
  invoice?: { amount?: string };
  agency?: { name?: string; email?: string; phone?: string };
  manager?: { name?: string; phone?: string; email?: string; signature?: string };
  link?: string;
  help_link?: string;
  /** The resident's page of the ticket in the portal (PUBLIC_URL/portal/tickets/N). */
  portal_link?: string;
  comment?: string;
  reason?: string;
  message?: { subject?: string; body?: string };
  reminder?: { count?: number };
  owner?: { name?: string };
  quotes?: { contractor: string; amount: string; valid_until: string; file_link: string }[];
  /** The new documents of a digest (src/community/documents-digest.ts). */
  documents?: { title: string; place: string }[];
  booking?: { resource?: string; date?: string; time?: string; price?: string; deposit?: string };
  /** A webhook switched off after failing (src/webhooks/switch-off-failing-webhook.ts). */
  webhook?: { url?: string; failures?: number; error?: string };
}

export interface RenderInput {
  key: TemplateKey;
  channel: TemplateChannel;
  language: Language;
  /** The agency's edited template; the shipped default when absent. */
  source?: TemplateSource;
  variables: TemplateVariables;
}

export interface RenderedMessage {
  /** Email only: the short title, without the "[Ticket n°N] " prefix (see emailSubject). */
  subject?: string;
  /** The plain text: the email's text part, or the SMS body (without the system parts, see composeSms). */
  text: string;
  /** Email only: the HTML part, built from `text`. */
  html?: string;
}

/** One problem found in a template, for the editor. */
export interface TemplateProblem {
  field: 'subject' | 'body';
  kind: 'syntax' | 'unknown_variable';
  line: number;
  column: number;
  message: string;
  variable?: string;
}

/** Largest template source accepted, in characters. */
export const MAX_TEMPLATE_LENGTH = 20_000;
/** Longest a render may take, in milliseconds. */
const RENDER_LIMIT_MS = 500;
/** Objects a render may allocate (ranges, joins…), a guard against `(1..100000000)` loops. */
const MEMORY_LIMIT = 1_000_000;

/** Refuses, at parse time, the tags that would load another template. */
class ForbiddenTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    throw new Error(`the tag "${token.name}" is not allowed in a message template`);
  }

  render(): void {}
}

const engine = new Liquid({
  // An empty in-memory store instead of the file system: nothing to include even if a tag tried.
  templates: {},
  relativeReference: false,
  dynamicPartials: false,
  cache: false,
  ownPropertyOnly: true,
  strictFilters: true,
  strictVariables: false,
  // An empty value is false in `{% if %}`, as an agency writing a template expects.
  jsTruthy: true,
  parseLimit: MAX_TEMPLATE_LENGTH * 2,
  renderLimit: RENDER_LIMIT_MS,
  memoryLimit: MEMORY_LIMIT,
});
for (const name of ['include', 'render', 'layout', 'block']) engine.registerTag(name, ForbiddenTag);

const KNOWN_VARIABLES = new Set<string>(TEMPLATE_VARIABLES);
const KNOWN_OBJECTS = new Set<string>(TEMPLATE_VARIABLES.filter((v) => v.includes('.')).map((v) => v.split('.')[0]!));
/** Liquid's own properties of strings and arrays, allowed after a known variable. */
const LIQUID_PROPERTIES = new Set(['size', 'first', 'last']);

function isKnownPath(path: string[]): boolean {
  const joined = path.join('.');
  if (KNOWN_VARIABLES.has(joined)) return true;
  if (path.length === 1 && KNOWN_OBJECTS.has(path[0]!)) return true;
  const last = path[path.length - 1]!;
  return path.length > 1 && LIQUID_PROPERTIES.has(last) && KNOWN_VARIABLES.has(path.slice(0, -1).join('.'));
}

function describe(error: unknown): { line: number; column: number; message: string } {
  if (LiquidError.is(error)) {
    const [line = 1, column = 1] = error.token?.getPosition() ?? [];
    const message = (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, '');
    return { line, column, message };
  }
  return { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
}

/** Whether a template parses, and whether every variable it reads is one of TEMPLATE_VARIABLES
 * (or a name it assigns itself). Used by the editor before saving. */
export function validateTemplate(source: TemplateSource): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const fields: ['subject' | 'body', string | null | undefined][] = [['subject', source.subject], ['body', source.body]];
  for (const [field, text] of fields) {
    if (text === undefined || text === null) continue;
    if (text.length > MAX_TEMPLATE_LENGTH) {
      problems.push({ field, kind: 'syntax', line: 1, column: 1, message: `is longer than ${MAX_TEMPLATE_LENGTH} characters` });
      continue;
    }
    let parsed;
    try {
      parsed = engine.parse(text);
    } catch (error) {
      problems.push({ field, kind: 'syntax', ...describe(error) });
      continue;
    }
    const analysis = engine.analyzeSync(parsed, { partials: false });
    for (const variables of Object.values(analysis.globals)) {
      for (const variable of variables) {
        const path: string[] = [];
        for (const segment of variable.segments) {
          if (typeof segment !== 'string') break;
          path.push(segment);
        }
        if (path.length === 0 || isKnownPath(path)) continue;
        const name = variable.toString();
        problems.push({
          field, kind: 'unknown_variable', line: variable.location.row, column: variable.location.col,
          message: `unknown variable "${name}"`, variable: name,
        });
      }
    }
  }
  return problems.sort((a, b) => (a.field === b.field ? a.line - b.line || a.column - b.column : a.field === 'subject' ? -1 : 1));
}

/** The 400 the editor receives, naming each problem with its line. */
export function invalidTemplate(problems: TemplateProblem[]): DomainError {
  const list = problems.map((p) => `${p.field}, line ${p.line}: ${p.message}`).join('; ');
  return new DomainError('invalid_template', `The template has ${problems.length === 1 ? 'an error' : 'errors'}: ${list}.`, problems);
}

/** Replaces characters outside GSM-7 in every string value (names, addresses…) by their GSM-7
 * look-alikes, so that a value the agency does not write never switches an SMS to UCS-2. */
function gsmValues(value: unknown): unknown {
  if (typeof value === 'string') return suggestGsmReplacements(value).text;
  if (Array.isArray(value)) return value.map(gsmValues);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, gsmValues(v)]));
  return value;
}

// Parsing is most of a render's cost, and a few dozen sources serve every message: keep them parsed.
const parsedCache = new Map<string, ReturnType<typeof engine.parse>>();
const PARSED_CACHE_SIZE = 500;

function parsedTemplate(text: string): ReturnType<typeof engine.parse> {
  let parsed = parsedCache.get(text);
  if (!parsed) {
    parsed = engine.parse(text);
    if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value!);
    parsedCache.set(text, parsed);
  }
  return parsed;
}

async function renderString(text: string, variables: object): Promise<string> {
  try {
    return String(await engine.render(parsedTemplate(text), variables));
  } catch (error) {
    const problem = describe(error);
    throw invalidTemplate([{ field: 'body', kind: 'syntax', ...problem }]);
  }
}

/** Renders one message. Throws 404 when the key has no such channel, 400 invalid_template when the
 * source does not parse or render (limits included). */
export async function renderTemplate(input: RenderInput): Promise<RenderedMessage> {
  const spec = TEMPLATES[input.key];
  if (!spec || !(spec.channels as readonly string[]).includes(input.channel)) {
    throw new DomainError('not_found', `No ${input.channel} template "${input.key}".`);
  }
  const source = input.source ?? defaultSource(input.key, input.channel, input.language);
  if (!source) throw new DomainError('not_found', `No ${input.channel} template "${input.key}" in ${input.language}.`);
  // A plain copy: only own, enumerable, JSON-like data reaches the template.
  const plain = JSON.parse(JSON.stringify(input.variables ?? {})) as object;

  if (input.channel === 'sms') {
    const text = tidy(await renderString(source.body, gsmValues(plain) as object));
    return { text };
  }
  const subjectSource = source.subject ?? '';
  let subject: string;
  try {
    subject = tidy(String(await engine.render(parsedTemplate(subjectSource), plain))).replace(/\s+/g, ' ');
  } catch (error) {
    throw invalidTemplate([{ field: 'subject', kind: 'syntax', ...describe(error) }]);
  }
  const text = tidy(await renderString(source.body, plain));
  return { subject, text, html: textToHtml(text, input.language) };
}
