// Linear-time guards and a fallback for the HTML of a mail, which may be built to make parsers
// slow: htmlparser2 (sanitize-html's parser) is quadratic in the nesting depth, and a regular
// expression that looks for a closing tag rescans the rest of the text from every opening one.

/** Elements that never hold content, so their start tag opens no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements the parser closes by themselves when a sibling opens (p, li, td…): no level either. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);

// The attributes stop at the next "<" too: a "<a" never closed must not make every later "<a" scan to the end.
const TAG = /<(\/?)([a-zA-Z][\w:-]{0,40})[^<>]*?(\/?)>/g;

/** Why the HTML is too costly to parse again, in one pass that stops at the first excess:
 * 'deep' past `maxDepth` levels of nesting, 'many' past `maxTags` tags; null when it is not. */
export function htmlExcess(html: string, maxDepth: number, maxTags: number): 'deep' | 'many' | null {
  let depth = 0;
  let tags = 0;
  for (const match of html.matchAll(TAG)) {
    if (++tags > maxTags) return 'many';
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || match[3] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > maxDepth) return 'deep';
  }
  return null;
}

const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template']);
const BREAKS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote']);
const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text from HTML in one pass, for when the real conversion gave up: tags dropped, the content
 * of script, style, head and title dropped, block ends as line breaks, a few entities decoded. */
export function htmlToPlainText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    const close = html.indexOf('>', open);
    if (close < 0) break;
    const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(html.slice(open, Math.min(close, open + 42)))?.[1]?.toLowerCase() ?? '';
    at = close + 1;
    if (BREAKS.has(name)) out += '\n';
    if (HIDDEN.has(name) && html[open + 1] !== '/') {
      const end = lower.indexOf(`</${name}`, at);
      if (end < 0) break;
      at = end;
    }
  }
  return out
    .replace(/&(nbsp|lt|gt|amp|quot|apos);/g, (_, entity: string) => ENTITIES[entity]!)
    .replace(/&#(\d{1,6});/g, (_, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, (breaks) => (breaks.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}
