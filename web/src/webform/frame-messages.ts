// When the form is framed by an agency's site (the snippet, src/inbound/webform-embed.ts): the page
// tells the site its height whenever it changes, so that the frame never scrolls, and where to
// scroll to when something the sender must see appears (the first error, the confirmation).
import { FRAME_MESSAGES } from '../../../src/domain/inbound/webform-rules.ts';

/** Framed (or opened as the iframe snippet's address, `?embed=1`): no page background, no height of its own. */
export const embedded = typeof window !== 'undefined' && (window.parent !== window || new URLSearchParams(window.location.search).get('embed') === '1');

function post(message: Record<string, unknown>) {
  // Any site may frame the form; its height and a scroll offset are no secret.
  if (embedded) window.parent.postMessage(message, '*');
}

/** Says the height of `root` to the framing page now and whenever it changes. */
export function reportHeight(root: HTMLElement): void {
  if (!embedded) return;
  let last = 0;
  const say = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: FRAME_MESSAGES.height, height });
  };
  new ResizeObserver(say).observe(root);
  say();
}

/** Asks the framing page to bring `element` into view (inside the frame, the page does not scroll). */
export function revealInFrame(element: HTMLElement): void {
  post({ type: FRAME_MESSAGES.scroll, top: Math.max(0, element.getBoundingClientRect().top + window.scrollY) });
}
