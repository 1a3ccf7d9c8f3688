// The HTML of a received mail reduced to what is safe to show beside Gardien's own pages: the
// layout mail uses (tables, fonts, colours, alignment, widths), images only from the mail itself
// (cid:) or as data:image, never remote (a remote image tells the sender the mail was read);
// links to http(s), mail and phone only, opening apart; no script, frame, object, form, base,
// meta or style element; no on* handler; styles only as listed properties whose values hold no
// url(), expression(), escape or import. Wider than src/tickets/sanitize.ts (notes), on purpose.
import sanitizeHtml from 'sanitize-html';

/** A CSS value of at most 200 characters without url(), expression(), backslash escapes,
 * comments or at-rules: words, numbers, units, #hex, quotes, commas, slashes and rgb()/rgba()/
 * hsl() colours only. One character or one colour function at a time, so that testing a long
 * hostile value takes linear time (a pattern nesting quantifiers took seconds for 26 letters). */
const SAFE_VALUE = /^(?=[^]{0,200}$)(?:[-\w\s.,#%'"!/+]|(?:rgba?|hsla?)\([\d\s.,%/]*\))*$/i;

const STYLE_PROPERTIES = [
  'color', 'background-color', 'font', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'text-align', 'text-decoration', 'text-indent', 'text-transform', 'letter-spacing', 'line-height', 'white-space',
  'vertical-align', 'width', 'min-width', 'max-width', 'height', 'min-height', 'max-height', 'margin', 'margin-top',
  'margin-right', 'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom',
  'padding-left', 'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color',
  'border-style', 'border-width', 'border-collapse', 'border-spacing', 'border-radius', 'list-style-type', 'direction',
  'display', 'float', 'clear', 'table-layout', 'word-break', 'overflow-wrap',
];

const SAFE_IMAGE = /^(?:cid:[^\s"'<>]+|data:image\/(?:png|jpe?g|gif|webp|bmp);base64,[A-Za-z0-9+/=\s]+)$/i;

const CELL = ['colspan', 'rowspan', 'width', 'height', 'align', 'valign', 'bgcolor', 'nowrap'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'big',
    'font', 'center', 'mark', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'blockquote', 'q', 'cite', 'pre', 'code', 'tt', 'kbd', 'samp', 'abbr', 'address',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'a', 'img',
  ],
  allowedAttributes: {
    '*': ['style', 'align', 'dir', 'title', 'lang'],
    a: ['href', 'name', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'border'],
    font: ['color', 'face', 'size'],
    table: ['width', 'height', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'align'],
    td: CELL,
    th: CELL,
    tr: ['align', 'valign', 'bgcolor', 'height'],
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    ol: ['start', 'type'],
    ul: ['type'],
    hr: ['width', 'size', 'noshade'],
  },
  allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [SAFE_VALUE]])) },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['cid', 'data'] },
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template', 'xml', 'svg', 'math'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
  // An image whose source is not the mail's own (remote, or a data: URL of another type) goes.
  exclusiveFilter: (frame) => frame.tag === 'img' && !SAFE_IMAGE.test(frame.attribs.src ?? ''),
};

/** The mail's HTML as Gardien stores it for display. */
export function sanitizeMailHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
