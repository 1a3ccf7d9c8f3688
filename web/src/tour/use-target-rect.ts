// Where the element a tour step highlights stands on the screen: waited for (the screen may still
// be loading), scrolled into view, followed through scrolling and resizing, cut to the viewport.
import { useEffect, useState } from 'react';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

const PADDING = 6;
const WAIT_MS = 4000;

function measure(element: Element): Rect {
  const box = element.getBoundingClientRect();
  const top = Math.max(box.top - PADDING, 4);
  const bottom = Math.min(box.bottom + PADDING, window.innerHeight - 4);
  return { top, left: box.left - PADDING, width: box.width + 2 * PADDING, height: Math.max(bottom - top, 0) };
}

/** The highlighted element's box, or null while it is not (or never) there. */
export function useTargetRect(target: string | undefined, location: string): Rect | null {
  const [rect, setRect] = useState<Rect | null>(null);
  useEffect(() => {
    setRect(null);
    if (!target) return;
    let element: Element | null = null;
    const update = () => element && setRect(measure(element));
    const started = Date.now();
    const timer = window.setInterval(() => {
      element = document.querySelector(`[data-tour="${target}"]`);
      if (element) {
        window.clearInterval(timer);
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
        update();
      } else if (Date.now() - started > WAIT_MS) {
        window.clearInterval(timer);
      }
    }, 80);
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [target, location]);
  return rect;
}
