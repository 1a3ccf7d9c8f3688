// Focus in the app's dialogs (Mantine Modal and Drawer): on opening, the first field of the body
// gets the focus (Mantine's trap would pick the close button in the header, unless a field carries
// `data-autofocus`); on closing — or when the dialog unmounts, which Mantine's own return does not
// see — the focus goes back to what opened it, found again if the list it sat in was redrawn.
import { useId, useLayoutEffect, useRef } from 'react';

const FIELDS =
  'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled]), select:not([disabled]), [contenteditable="true"]';

/** Something to recognise the opener by if React replaced its element meanwhile. */
function signature(element: HTMLElement): string {
  return `${element.tagName}|${element.getAttribute('aria-label') ?? ''}|${element.textContent?.trim() ?? ''}`;
}

function findAgain(sign: string): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [tabindex]');
  return [...candidates].find((candidate) => signature(candidate) === sign) ?? null;
}

/** Focuses the body's first field while the focus is still where Mantine's trap put it (the close
 * button in the header, or nowhere); once the user is inside the body, it is left alone. */
function focusFirstField(bodyId: string): void {
  const body = document.getElementById(bodyId);
  if (!body) return;
  const active = document.activeElement;
  const dialog = body.closest('[role="dialog"]');
  const untouched = !active || active === document.body || (dialog?.contains(active) === true && !body.contains(active));
  if (!untouched) return;
  const field = [...body.querySelectorAll<HTMLElement>(FIELDS)].find((element) => element.offsetParent !== null || element.isContentEditable);
  field?.focus({ preventScroll: false });
}

/** The id to give the Modal or Drawer (`id` prop); its body is `${id}-body`, as Mantine names it. */
export function useDialogFocus(opened: boolean): string {
  const id = `dialog-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const opener = useRef<{ element: HTMLElement; sign: string } | null>(null);

  useLayoutEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? { element: active, sign: signature(active) } : null;
    // After Mantine's trap has placed the focus (a timeout of its own), and again once a lazily
    // loaded form has drawn its fields.
    const timers = [60, 400].map((delay) => window.setTimeout(() => focusFirstField(`${id}-body`), delay));
    return () => {
      timers.forEach((timer) => window.clearTimeout(timer));
      const from = opener.current;
      if (!from) return;
      // After Mantine's own return (10 ms) and the dialog's removal.
      window.setTimeout(() => {
        const active = document.activeElement;
        // Already back on the opener, or the user went elsewhere: leave it.
        if (active && active !== document.body && active.isConnected && !active.closest('[role="dialog"]')) return;
        const target = from.element.isConnected ? from.element : findAgain(from.sign);
        target?.focus({ preventScroll: true });
      }, 30);
    };
  }, [opened, id]);

  return id;
}
