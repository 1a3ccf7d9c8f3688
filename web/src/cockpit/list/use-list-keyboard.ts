// The list's keyboard: j/k move a visible highlight between the rows, Enter opens the highlighted
// ticket, x ticks its box, / goes to the search box.
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useShortcuts } from '../../ui/shortcuts.ts';
import { ticketHref } from './ticket-row.tsx';

/** The highlighted ticket's number (null before the first j/k); it resets when the view changes. */
export function useListKeyboard(tickets: readonly { number: number }[], view: string, toggle: (number: number) => void): number | null {
  const [, navigate] = useLocation();
  const [highlighted, setHighlighted] = useState<number | null>(null);
  useEffect(() => setHighlighted(null), [view]);
  const index = highlighted === null ? -1 : tickets.findIndex((ticket) => ticket.number === highlighted);

  const move = (by: 1 | -1) => {
    if (tickets.length === 0) return;
    const next = index < 0 ? (by === 1 ? 0 : tickets.length - 1) : Math.min(tickets.length - 1, Math.max(0, index + by));
    setHighlighted(tickets[next]!.number);
  };

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      if (index >= 0) navigate(ticketHref(tickets[index]!.number));
    },
    x: () => {
      if (index >= 0) toggle(tickets[index]!.number);
    },
    '/': () => document.querySelector<HTMLInputElement>('[data-list-search]')?.focus(),
  });

  useEffect(() => {
    if (highlighted !== null) document.querySelector(`tr[data-ticket="${highlighted}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  return index >= 0 ? highlighted : null;
}
