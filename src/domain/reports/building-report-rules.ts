// The rules of a report per building (DOMAIN.md §14, the seed's "Rapport") as a table: which
// tickets a report counts, and what each of its items adds up. The SQL that applies them is
// src/db/repositories/building-report.ts; test/integration/reports.test.ts holds both together.
import type { ReportItem } from './report-codes.ts';

/** The longest period a report covers (both days included). */
export const MAX_REPORT_YEARS = 10;

/** Which tickets a report is over: closed in the period, in the agency's calendar. */
export const COUNTED_TICKETS = {
  closedInPeriod: 'closed_at from the first day at 00:00 to the day after the last at 00:00, in the agency time zone',
  place: 'the property; for a unit, the tickets of that unit only',
  /** A request cancelled before it became a ticket is no work done for the building. */
  leftOutPending: "type PENDING (a request refused or cancelled before validation)",
  /** An outage reported twenty times counts once, on its incident. */
  leftOutDuplicates: 'incident_id is not null (a duplicate linked to an incident)',
} as const;

/** What each item adds up over the counted tickets. */
export const ITEM_RULES: Record<ReportItem, string> = {
  ticketCount: 'the counted tickets; the report also says how many PENDING requests and duplicates were left out',
  totalAmount: "the tickets' amounts (ticket-amount.ts: the invoices where a ticket has some, else its approved quotes) in the agency's currency",
  interventionsPerContractor: 'per contractor, the dispatches of the counted tickets that did their work (completed_at set)',
  interventionDuration: 'appointment_starts_at to completed_at of those interventions, only where both are known and the completion is not before the appointment: mean and total, with how many had both',
  amountPerContractor: "per contractor, each dispatch's share of the ticket's amount: its invoice when the ticket has invoices, else its approved quote (cancelled and not retained dispatches count nothing)",
};

/** A contractor's line of the report: the contractor of the directory, or the name typed on the dispatch. */
export interface ContractorFigure {
  contractorId: string | null;
  name: string;
}

/** The figures of a report, as stored in reports.result (only the items chosen are present). */
export interface BuildingReportResult {
  currency: string;
  ticketCount?: { closed: number; leftOutPending: number; leftOutDuplicates: number };
  totalAmount?: { amountCents: number; pricedTickets: number };
  interventionsPerContractor?: { total: number; rows: (ContractorFigure & { interventions: number })[] };
  interventionDuration?: { interventions: number; measured: number; totalMinutes: number; meanMinutes: number | null };
  amountPerContractor?: { totalCents: number; rows: (ContractorFigure & { amountCents: number; dispatches: number })[] };
}
