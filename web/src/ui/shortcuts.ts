// Keyboard shortcuts: one keydown listener per screen that has some, never while the user types
// (inputs, text areas, selects, rich text), never with Ctrl/Alt/Meta (the browser's own), and not
// behind an open dialog. The list of every shortcut, shown on `?`, is ui/shortcuts-dialog.tsx.
import { useEffect, useRef } from 'react';

/** Handlers by `KeyboardEvent.key` ("j", "Enter", "/", "?"). */
export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** The shortcuts, for the help dialog: the key(s) and the i18n key of what they do. */
export const SHORTCUTS = [
  { keys: ['j', 'k'], label: 'shortcuts.list.move', scope: 'list' },
  { keys: ['Enter'], label: 'shortcuts.list.open', scope: 'list' },
  { keys: ['x'], label: 'shortcuts.list.select', scope: 'list' },
  { keys: ['/'], label: 'shortcuts.list.search', scope: 'list' },
  { keys: ['e'], label: 'shortcuts.ticket.primaryStep', scope: 'ticket' },
  { keys: ['?'], label: 'shortcuts.help', scope: 'everywhere' },
] as const;

/** Whether the key goes to something the user is typing in. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]') !== null;
}

/** Whether a modal dialog is open (its own keys come first). */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"], [role="dialog"][aria-modal]') !== null;
}

/** Listens to the keys of `map` while mounted; `Enter` is left to a focused link or button. */
export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target) || dialogOpen()) return;
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('a, button, [role="button"], [role="menuitem"], summary')) return;
      const handler = current.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** Clicks the ticket page's main step (the button marked `data-primary-step`); false when none. */
export function clickPrimaryStep(): boolean {
  const step = document.querySelector<HTMLElement>('[data-primary-step]');
  if (!step || step.hasAttribute('disabled') || step.getAttribute('aria-disabled') === 'true') return false;
  step.click();
  return true;
}
