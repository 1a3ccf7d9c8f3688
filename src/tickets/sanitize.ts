// Rich text from a user (internal notes, messages) reduced to harmless formatting: the tags of the
// note editor (web/src/ui/note-editor.tsx), links to http(s), mail and phone only, and colours
// only as a text colour or a background colour on span and mark, as a hex or rgb() value — no
// other style property, no url(), no expression, no other element with a style.
import sanitizeHtml from 'sanitize-html';

const COLOUR = [/^#[0-9a-f]{3,6}$/i, /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/i];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'span', 'mark', 'h3', 'h4', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], span: ['style'], mark: ['style'] },
  allowedStyles: {
    span: { color: COLOUR, 'background-color': COLOUR },
    mark: { color: [...COLOUR, /^inherit$/], 'background-color': COLOUR },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Every link opens apart, without giving the opened page a handle on Gardien's (set here, whatever was sent).
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
};

/** The HTML with scripts, event handlers, frames and foreign styles removed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
