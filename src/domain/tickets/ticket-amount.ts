// The amount a ticket shows (DOMAIN.md §4): the invoices where there are some, otherwise the
// approved quotes (a quote confirmed into a work order counts as approved).
import type { DispatchKind, DispatchState } from './codes.ts';

export interface AmountFacts {
  kind: DispatchKind | string;
  state: DispatchState | string;
  quoteAmountCents: number | null;
  invoiceAmountCents: number | null;
}

/** The ticket's amount in cents, or null when nothing has a price yet. */
export function ticketAmount(dispatches: readonly AmountFacts[]): number | null {
  const counted = dispatches.filter((d) => d.state !== 'cancelled' && d.state !== 'not_retained');
  const invoices = counted.filter((d) => d.invoiceAmountCents !== null);
  if (invoices.length) return invoices.reduce((sum, d) => sum + d.invoiceAmountCents!, 0);
  const approved = counted.filter((d) => d.quoteAmountCents !== null && (d.kind === 'work_order' || d.state === 'approved'));
  return approved.length ? approved.reduce((sum, d) => sum + d.quoteAmountCents!, 0) : null;
}
