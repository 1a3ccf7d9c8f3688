// Contractors' scorecards in one set-based query: every dispatch sent to the contractors in the
// period, on the tickets the reader may see, with the facts of its history (one pass over each
// ticket's events, without sorting), then the figures per contractor. The definitions are those of
// src/domain/reports/scorecard-figures.ts.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { contractors, dispatches, tickets, ticketEvents, ticketFeedback } from '../schema/index.ts';
import { accessCondition } from './ticket-list.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';
import { ACCEPTANCE_EVENTS, CHECK_IN_GRACE_MINUTES, RETAINED_QUOTE_EVENTS } from '../../domain/reports/scorecard-figures.ts';

/** The figures of one contractor as the database adds them up (durations in seconds). */
export interface ScorecardRow {
  contractorId: string;
  dispatches: number;
  workOrders: number;
  quoteRequests: number;
  accepted: number;
  medianAcceptSeconds: number | null;
  medianAppointmentSeconds: number | null;
  medianCompletionSeconds: number | null;
  reminders: number;
  checkIns: number;
  checkInsOnTime: number;
  quotesSent: number;
  quotesRetained: number;
  invoices: number;
  invoicedCents: number;
  feedbackGood: number;
  feedbackFair: number;
  feedbackBad: number;
}

export interface ScorecardQuery {
  organizationId: string;
  contractorIds: readonly string[];
  /** Dispatches sent at or after `from` and before `to`. */
  from: Date;
  to: Date;
  /** The tickets the reader may see (src/tickets/ticket-access.ts). */
  access: TicketScope;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** The query of `scorecardRows` (the bench explains it). */
export function scorecardQuery(q: ScorecardQuery): SQL {
  const access = accessCondition(q.access) ?? sql`true`;
  return sql`
    with sent as (
      select d.id, d.contractor_id, d.ticket_id, d.kind, d.created_at as sent_at,
             d.appointment_starts_at, d.completed_at, d.invoice_amount_cents
      from ${dispatches} d join ${tickets} on ${tickets.id} = d.ticket_id
      where d.organization_id = ${q.organizationId} and ${tickets.organizationId} = ${q.organizationId}
        and d.contractor_id in (${list(q.contractorIds)})
        and d.created_at >= ${q.from.toISOString()}::timestamptz and d.created_at < ${q.to.toISOString()}::timestamptz
        and ${access}
    ),
    facts as (
      select s.*, h.*
      from sent s
      left join lateral (
        select
          min(e.created_at) filter (where e.type in (${list(ACCEPTANCE_EVENTS)})) as accepted_at,
          count(*) filter (where e.type = 'reminder_sent') as reminders,
          min(e.seq) filter (where e.type = 'work_order_sent') as work_order_seq,
          min(e.seq) filter (where e.type = 'quote_requested') as quote_seq,
          min(e.created_at) filter (where e.type = 'check_in_answered') as first_check_in_at,
          min(e.seq) filter (where e.type = 'check_in_answered' and e.payload->>'presence' = 'on_site') as on_site_seq,
          min(e.created_at) filter (where e.type = 'check_in_answered' and e.payload->>'presence' = 'on_site') as on_site_at,
          min(e.seq) filter (where e.type = 'check_in_answered' and e.payload->>'presence' <> 'on_site') as other_check_in_seq,
          coalesce(bool_or(e.type = 'quote_received'), false) as quoted,
          coalesce(bool_or(e.type in (${list(RETAINED_QUOTE_EVENTS)})), false) as retained
        from ${ticketEvents} e
        where e.ticket_id = s.ticket_id and e.dispatch_id = s.id
      ) h on true
    ),
    figures as (
      select contractor_id,
        count(*)::int as dispatches,
        -- the kind it was sent as: its first sent event (a work order turned quote request is a work order)
        count(*) filter (where case when work_order_seq is null and quote_seq is null then kind = 'work_order'
          else coalesce(work_order_seq < quote_seq, work_order_seq is not null) end)::int as work_orders,
        count(accepted_at)::int as accepted,
        percentile_cont(0.5) within group (order by extract(epoch from accepted_at - sent_at))::float8 as median_accept,
        percentile_cont(0.5) within group (order by extract(epoch from appointment_starts_at - sent_at))::float8 as median_appointment,
        percentile_cont(0.5) within group (order by extract(epoch from completed_at - sent_at))::float8 as median_completion,
        coalesce(sum(reminders), 0)::int as reminders,
        count(first_check_in_at)::int as check_ins,
        -- on time: the first answer is "on site" (before any other answer), within the grace
        count(*) filter (where on_site_seq < coalesce(other_check_in_seq, on_site_seq + 1)
          and on_site_at <= appointment_starts_at + make_interval(mins => ${CHECK_IN_GRACE_MINUTES}))::int as check_ins_on_time,
        count(*) filter (where quoted)::int as quotes_sent,
        count(*) filter (where quoted and retained)::int as quotes_retained,
        count(invoice_amount_cents)::int as invoices,
        coalesce(sum(invoice_amount_cents), 0)::bigint as invoiced_cents
      from facts group by contractor_id
    ),
    feedback as (
      select w.contractor_id,
        count(*) filter (where f.rating = 'good')::int as good,
        count(*) filter (where f.rating = 'fair')::int as fair,
        count(*) filter (where f.rating = 'bad')::int as bad
      from (select distinct contractor_id, ticket_id from facts where accepted_at is not null) w
      join ${ticketFeedback} f on f.ticket_id = w.ticket_id and f.organization_id = ${q.organizationId}
      group by w.contractor_id
    )
    select g.contractor_id as "contractorId", g.dispatches, g.work_orders as "workOrders",
      g.dispatches - g.work_orders as "quoteRequests", g.accepted,
      g.median_accept as "medianAcceptSeconds", g.median_appointment as "medianAppointmentSeconds",
      g.median_completion as "medianCompletionSeconds", g.reminders, g.check_ins as "checkIns",
      g.check_ins_on_time as "checkInsOnTime", g.quotes_sent as "quotesSent", g.quotes_retained as "quotesRetained",
      g.invoices, g.invoiced_cents as "invoicedCents",
      coalesce(b.good, 0) as "feedbackGood", coalesce(b.fair, 0) as "feedbackFair", coalesce(b.bad, 0) as "feedbackBad"
    from figures g left join feedback b on b.contractor_id = g.contractor_id`;
}

/** One row per contractor that had a dispatch in the period (the others have none). */
export async function scorecardRows(db: Db, q: ScorecardQuery): Promise<ScorecardRow[]> {
  if (q.contractorIds.length === 0) return [];
  // The planner prices the per-dispatch pass over the history high (it is an index lookup per
  // dispatch), which on PostgreSQL starts JIT compilation: 450 ms of a 670 ms answer in
  // bench/scorecards.ts. Off for this query only.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return tx.execute(scorecardQuery(q));
  });
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as ScorecardRow[];
}

/** The agency's contractors among `ids`, with their names (ids of other agencies are left out). */
export async function contractorsAmong(db: Db, organizationId: string, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: contractors.id, name: contractors.name })
    .from(contractors)
    .where(and(eq(contractors.organizationId, organizationId), inArray(contractors.id, [...ids])));
}
