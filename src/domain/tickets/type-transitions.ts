// How a ticket's type changes (DOMAIN.md §4 "Types and how they change"), as a table.
import type { TicketType } from './codes.ts';

export const TYPE_CHANGES = [
  'validate_as_work_order',
  'validate_as_quote',
  'add_contractor',
  'quote_needed', // a work order's contractor says a quote is needed
  'quote_retained', // one quote of several is retained
] as const;
export type TypeChange = (typeof TYPE_CHANGES)[number];

export const TYPE_TRANSITIONS: readonly { from: TicketType; change: TypeChange; to: TicketType }[] = [
  { from: 'PENDING', change: 'validate_as_work_order', to: 'ODS' },
  { from: 'PENDING', change: 'validate_as_quote', to: 'DS' },
  { from: 'ODS', change: 'add_contractor', to: 'ODSM' },
  { from: 'ODSM', change: 'add_contractor', to: 'ODSM' },
  { from: 'DS', change: 'add_contractor', to: 'DM' },
  { from: 'DM', change: 'add_contractor', to: 'DM' },
  { from: 'ODS', change: 'quote_needed', to: 'DS' },
  { from: 'DM', change: 'quote_retained', to: 'DS' },
  { from: 'DS', change: 'quote_retained', to: 'DS' },
];

/** The type after a change, or undefined when the change is not allowed on this type. */
export function changeType(from: TicketType, change: TypeChange): TicketType | undefined {
  return TYPE_TRANSITIONS.find((row) => row.from === from && row.change === change)?.to;
}

/** The type a new ticket gets from what it asks and how many contractors it has. */
export function typeAtCreation(kind: 'work_order' | 'quote', contractors: number): TicketType {
  if (kind === 'work_order') return contractors > 1 ? 'ODSM' : 'ODS';
  return contractors > 1 ? 'DM' : 'DS';
}
