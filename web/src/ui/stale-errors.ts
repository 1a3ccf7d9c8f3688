// A field's error goes once the field is changed: the server's (or the form's) message about a
// value is stale as soon as the value is not the one it was about. Forms pass their errors to
// Mantine inputs by field name; this works one level below, for every form of a frame at once
// (the admin's RecordForm, the action dialog): a change inside a field's wrapper hides that
// wrapper's error and lifts its invalid state. Form-level errors stay until the next submit, which
// also lets every field's error show again (the new answer decides).
import type { SyntheticEvent } from 'react';
import './stale-errors.css';

const WRAPPER = '.mantine-InputWrapper-root';
const STALE = 'data-error-stale';

/** The field wrapper an event happened in; an option picked in a dropdown (a portal) leads back
 * to its input through `aria-controls`. */
function wrapperOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const option = target.closest('[role="option"]');
  if (option) {
    const listbox = option.closest('[role="listbox"]');
    const input = listbox?.id ? document.querySelector(`[aria-controls="${CSS.escape(listbox.id)}"]`) : null;
    return input?.closest<HTMLElement>(WRAPPER) ?? null;
  }
  return target.closest<HTMLElement>(WRAPPER);
}

function markStale(wrapper: HTMLElement): void {
  if (wrapper.hasAttribute(STALE) || !wrapper.querySelector('[aria-invalid="true"], [data-error]')) return;
  wrapper.setAttribute(STALE, '');
  for (const input of wrapper.querySelectorAll('[aria-invalid="true"]')) {
    input.setAttribute('aria-invalid', 'false');
    input.setAttribute('data-was-invalid', '');
  }
}

/** What a field changed: text typed, a box ticked, an option picked. */
function onEdit(event: SyntheticEvent): void {
  if (event.type === 'click' && !(event.target instanceof Element && event.target.closest('[role="option"]'))) return;
  const wrapper = wrapperOf(event.target);
  if (wrapper) markStale(wrapper);
}

/** Props for the element around the form's fields (React's events cross portals, as dropdowns need). */
export const staleErrorHandlers = {
  onInputCapture: onEdit,
  onChangeCapture: onEdit,
  onClickCapture: onEdit,
};

/** Before a new submit: every field may show its error again. */
export function resetStaleErrors(container: Element | null): void {
  for (const wrapper of container?.querySelectorAll(`[${STALE}]`) ?? []) {
    wrapper.removeAttribute(STALE);
    for (const input of wrapper.querySelectorAll('[data-was-invalid]')) {
      input.removeAttribute('data-was-invalid');
      if (input.getAttribute('aria-invalid') === 'false') input.setAttribute('aria-invalid', 'true');
    }
  }
}
