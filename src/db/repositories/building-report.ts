// The figures of a report per building, computed by PostgreSQL (aggregates over the property's
// closed tickets, never the tickets loaded): the rules of src/domain/reports/building-report-rules.ts.
// The per-dispatch amount below is ticket-amount.ts written in SQL: a ticket's invoices where it
// has some, else its approved quotes (a work order's quote counts as approved); cancelled and not
// retained dispatches count nothing. test/integration/reports.test.ts checks both agree.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';

export interface ReportScope {
  organizationId: string;
  propertyId: string;
  unitId: string | null;
  /** The period's first instant and the instant after its last (agency calendar). */
  start: Date;
  end: Date;
}

export interface TicketFigures {
  closed: number;
  leftOutPending: number;
  leftOutDuplicates: number;
  amountCents: number;
  pricedTickets: number;
  interventions: number;
  measured: number;
  totalSeconds: number;
}

export interface ContractorRow {
  contractorId: string | null;
  name: string;
  interventions: number;
  amountCents: number;
  pricedDispatches: number;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** The closed tickets of the place and period, before the report's exclusions. */
function closedTickets(scope: ReportScope): SQL {
  return sql`select t.id, t.type, t.incident_id, t.amount_cents from tickets t
    where t.organization_id = ${scope.organizationId} and t.property_id = ${scope.propertyId}
      ${scope.unitId ? sql`and t.unit_id = ${scope.unitId}` : sql``}
      and t.closed_at is not null
      and t.closed_at >= ${scope.start.toISOString()}::timestamptz and t.closed_at < ${scope.end.toISOString()}::timestamptz`;
}

/** The dispatches of the counted tickets with each one's amount (the SQL form of ticket-amount.ts). */
function pricedDispatches(scope: ReportScope): SQL {
  return sql`counted as (
      select id from (${closedTickets(scope)}) c where c.type <> 'PENDING' and c.incident_id is null
    ), live as (
      select d.*, bool_or(d.invoice_amount_cents is not null and d.state not in ('cancelled', 'not_retained')) over (partition by d.ticket_id) as invoiced
      from dispatches d join counted on counted.id = d.ticket_id
      where d.organization_id = ${scope.organizationId}
    ), priced as (
      select live.*, case
        when live.state in ('cancelled', 'not_retained') then null
        when live.invoiced then live.invoice_amount_cents
        when live.quote_amount_cents is not null and (live.kind = 'work_order' or live.state = 'approved') then live.quote_amount_cents
      end as amount
      from live
    )`;
}

/** The ticket-level figures: counts, amount, interventions and their durations. */
export async function ticketFigures(db: Db, scope: ReportScope): Promise<TicketFigures> {
  const result = await db.execute(sql`
    with closed as (${closedTickets(scope)}), ${pricedDispatches(scope)}
    select
      (select count(*) from closed where type <> 'PENDING' and incident_id is null)::int as "closed",
      (select count(*) from closed where type = 'PENDING')::int as "leftOutPending",
      (select count(*) from closed where type <> 'PENDING' and incident_id is not null)::int as "leftOutDuplicates",
      (select coalesce(sum(amount), 0) from priced)::bigint as "amountCents",
      (select count(distinct ticket_id) from priced where amount is not null)::int as "pricedTickets",
      (select count(*) from priced where completed_at is not null)::int as "interventions",
      (select count(*) from priced where completed_at is not null and appointment_starts_at is not null and completed_at >= appointment_starts_at)::int as "measured",
      (select coalesce(sum(extract(epoch from completed_at - appointment_starts_at)), 0) from priced
        where completed_at is not null and appointment_starts_at is not null and completed_at >= appointment_starts_at)::float8 as "totalSeconds"`);
  const [row] = rowsOf<TicketFigures>(result);
  return { ...row!, amountCents: Number(row!.amountCents), totalSeconds: Number(row!.totalSeconds) };
}

/** Per contractor (of the directory, else the name on the dispatch): interventions done and amounts. */
export async function contractorFigures(db: Db, scope: ReportScope): Promise<ContractorRow[]> {
  const result = await db.execute(sql`
    with ${pricedDispatches(scope)}
    select p.contractor_id as "contractorId", coalesce(min(c.name), min(p.contractor_name)) as "name",
      count(*) filter (where p.completed_at is not null)::int as "interventions",
      coalesce(sum(p.amount), 0)::bigint as "amountCents",
      count(p.amount)::int as "pricedDispatches"
    from priced p left join contractors c on c.id = p.contractor_id and c.organization_id = p.organization_id
    group by p.contractor_id, case when p.contractor_id is null then p.contractor_name end
    order by 2, 1`);
  return rowsOf<ContractorRow>(result).map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
}
