// Text that came from outside (an SMS's parameters, an inspection's notes) without the characters
// that have no place in it: NUL, which PostgreSQL refuses in text, and the other control
// characters; tabs and line breaks stay in a multi-line text.

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text: no control character at all, trimmed. */
export function cleanLine(value: string | undefined | null): string {
  return (value ?? '').replace(CONTROLS, '').trim();
}

/** A text of several lines: line breaks as \n, tabs kept, other controls gone, trimmed. */
export function cleanText(value: string | undefined | null): string {
  return (value ?? '').replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_LINES, '').trim();
}
