// The small palette of internal notes (the seed's "couleurs, gras…"): text colours dark enough to
// read at 4.5:1 on white, and light highlights under dark text. The server's sanitizer accepts any
// hex or rgb() colour on span and mark (src/tickets/sanitize.ts), these are what the toolbar offers.

export interface NoteColour {
  /** Key of the colour's name under richText.colours. */
  name: string;
  value: string;
}

export const TEXT_COLOURS: NoteColour[] = [
  { name: 'red', value: '#c92a2a' },
  { name: 'orange', value: '#c2410c' },
  { name: 'green', value: '#237032' },
  { name: 'blue', value: '#1864ab' },
  { name: 'violet', value: '#6741d9' },
];

export const HIGHLIGHT_COLOURS: NoteColour[] = [
  { name: 'yellow', value: '#fff3bf' },
  { name: 'green', value: '#d3f9d8' },
  { name: 'blue', value: '#d0ebff' },
  { name: 'pink', value: '#ffdeeb' },
];

/** The text on a highlight: dark in light and dark colour schemes alike. */
export const HIGHLIGHT_TEXT = '#1f2328';
