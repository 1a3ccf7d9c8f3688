// The activity's figures as SQL aggregates over the agency's tickets created in a period (DOMAIN.md
// §14): counts per week or month and dimension, first-response and resolution times, feedback.
// Duplicates linked to an incident are left out; the actor's ticket scope applies.
import { and, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { tickets, categories, properties, users, ticketFeedback } from '../schema/index.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';
import { accessCondition } from './ticket-list.ts';
import type { ActivityDimension, ActivityGrain } from '../../domain/reports/report-codes.ts';
import type { Source, TicketStatus, TicketType } from '../../domain/tickets/codes.ts';

/** What the activity may be filtered by. */
export interface ActivityFilterFields {
  propertyId?: string;
  categoryId?: string;
  source?: Source;
  assigneeId?: string;
  status?: TicketStatus;
  type?: TicketType;
}

export interface ActivityScope extends ActivityFilterFields {
  organizationId: string;
  /** The period's instants: `from` included, `until` excluded. */
  from: Date;
  until: Date;
  timeZone: string;
  access: TicketScope;
}

function conditions(s: ActivityScope): SQL {
  return and(
    eq(tickets.organizationId, s.organizationId),
    gte(tickets.createdAt, s.from),
    lt(tickets.createdAt, s.until),
    isNull(tickets.incidentId),
    s.propertyId ? eq(tickets.propertyId, s.propertyId) : undefined,
    s.categoryId ? eq(tickets.categoryId, s.categoryId) : undefined,
    s.source ? eq(tickets.source, s.source) : undefined,
    s.assigneeId ? eq(tickets.assigneeId, s.assigneeId) : undefined,
    s.status ? eq(tickets.status, s.status) : undefined,
    s.type ? eq(tickets.type, s.type) : undefined,
    accessCondition(s.access),
  )!;
}

/** One cell of the series: the bucket's first day, the dimension's key (null: none) and name. */
export interface ActivityCount {
  period: string;
  key: string | null;
  label: string | null;
  count: number;
}

/** The dimension's key: a code, or an id whose name is read afterwards from the agency's rows. */
const DIMENSION_KEY: Record<ActivityDimension, SQL> = {
  status: sql`${tickets.status}`,
  source: sql`${tickets.source}`,
  category: sql`${tickets.categoryId}::text`,
  property: sql`${tickets.propertyId}::text`,
  assignee: sql`${tickets.assigneeId}::text`,
};

const NAMED = { category: categories, property: properties, assignee: users } as const;

/** Tickets per bucket and dimension key, keys' names resolved once per group. */
export async function activityCounts(db: Db, s: ActivityScope, grain: ActivityGrain, by: ActivityDimension): Promise<ActivityCount[]> {
  const key = DIMENSION_KEY[by];
  const unit = grain === 'week' ? sql.raw(`'week'`) : sql.raw(`'month'`);
  const rows: unknown = await db.execute(sql`
    select to_char(date_trunc(${unit}, ${tickets.createdAt} at time zone ${s.timeZone}), 'YYYY-MM-DD') as period, ${key} as key, count(*) as n
    from ${tickets} where ${conditions(s)} group by 1, 2`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { period: string; key: string | null; n: string | number }[];
  const keys = [...new Set(list.map((r) => r.key).filter((k): k is string => k !== null))];
  const labels = new Map<string, string | null>();
  if (keys.length > 0 && by in NAMED) {
    const table = NAMED[by as keyof typeof NAMED];
    const named = await db.select({ id: table.id, name: table.name }).from(table).where(and(eq(table.organizationId, s.organizationId), inArray(table.id, keys)));
    for (const row of named) labels.set(row.id, row.name);
  }
  return list.map((r) => ({ period: r.period, key: r.key, label: r.key === null ? null : (labels.get(r.key) ?? null), count: Number(r.n) }));
}

export interface ActivityTimesRow {
  tickets: number;
  responded: number;
  respondedWithinTarget: number;
  withoutResponse: number;
  withoutResponseOverdue: number;
  firstResponseMedian: number | null;
  firstResponseP90: number | null;
  resolved: number;
  resolutionMedian: number | null;
  resolutionP90: number | null;
  feedbackGood: number;
  feedbackFair: number;
  feedbackBad: number;
  resolvedWithFeedback: number;
}

/** Times (seconds) and feedback over the same tickets, in one pass. */
export async function activityTimes(db: Db, s: ActivityScope, now: Date): Promise<ActivityTimesRow> {
  const response = sql`extract(epoch from (${tickets.firstRespondedAt} - ${tickets.requestedAt}))`;
  const resolvedAt = sql`coalesce(${tickets.resolvedAt}, ${tickets.closedAt})`;
  const resolution = sql`extract(epoch from (${resolvedAt} - ${tickets.requestedAt}))`;
  const [row] = await db
    .select({
      tickets: sql<number>`count(*)::int`,
      responded: sql<number>`count(${tickets.firstRespondedAt})::int`,
      respondedWithinTarget: sql<number>`(count(*) filter (where ${tickets.firstRespondedAt} <= ${tickets.firstResponseDueAt}))::int`,
      withoutResponse: sql<number>`(count(*) filter (where ${tickets.firstRespondedAt} is null))::int`,
      withoutResponseOverdue: sql<number>`(count(*) filter (where ${tickets.firstRespondedAt} is null and ${tickets.firstResponseDueAt} < ${now.toISOString()}::timestamptz))::int`,
      firstResponseMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${response})`,
      firstResponseP90: sql<number | null>`percentile_cont(0.9) within group (order by ${response})`,
      resolved: sql<number>`count(${resolvedAt})::int`,
      resolutionMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${resolution})`,
      resolutionP90: sql<number | null>`percentile_cont(0.9) within group (order by ${resolution})`,
      feedbackGood: sql<number>`(count(*) filter (where ${ticketFeedback.rating} = 'good'))::int`,
      feedbackFair: sql<number>`(count(*) filter (where ${ticketFeedback.rating} = 'fair'))::int`,
      feedbackBad: sql<number>`(count(*) filter (where ${ticketFeedback.rating} = 'bad'))::int`,
      resolvedWithFeedback: sql<number>`(count(${ticketFeedback.id}) filter (where ${resolvedAt} is not null))::int`,
    })
    .from(tickets)
    .leftJoin(ticketFeedback, and(eq(ticketFeedback.ticketId, tickets.id), eq(ticketFeedback.organizationId, tickets.organizationId)))
    .where(conditions(s));
  const r = row!;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    ...r,
    firstResponseMedian: num(r.firstResponseMedian), firstResponseP90: num(r.firstResponseP90),
    resolutionMedian: num(r.resolutionMedian), resolutionP90: num(r.resolutionP90),
  };
}
