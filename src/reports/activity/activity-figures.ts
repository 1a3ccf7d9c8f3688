// The activity (`GET /reports/activity`): over the agency's tickets created in a period, within
// the actor's ticket scope, the series per week or month broken down by one dimension, the
// breakdown's totals, first-response and resolution times, and the feedback given (DOMAIN.md §14).
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { startOfDay } from '../../domain/time-zone.ts';
import { addDays, bucketsOf, checkPeriod, shareOf } from '../../domain/reports/activity-period.ts';
import type { ActivityDimension, ActivityGrain } from '../../domain/reports/report-codes.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { countExisting, type ReferencedKind } from '../../db/repositories/master-data.ts';
import { activityCounts, activityTimes, type ActivityFilterFields, type ActivityScope } from '../../db/repositories/activity.ts';
import { ticketScope } from '../../tickets/ticket-access.ts';

export interface ActivityQuery extends ActivityFilterFields {
  grain: ActivityGrain;
  by: ActivityDimension;
  from: string;
  to: string;
}

export interface BreakdownEntry {
  key: string | null;
  label: string | null;
  count: number;
}

export interface ActivityFigures {
  period: { from: string; to: string; timeZone: string };
  grain: ActivityGrain;
  by: ActivityDimension;
  total: number;
  /** Every bucket of the period (its first day), with its count per key. */
  series: { period: string; total: number; counts: { key: string | null; count: number }[] }[];
  /** The keys met, most tickets first, with their names. */
  breakdown: BreakdownEntry[];
  firstResponse: { responded: number; medianSeconds: number | null; p90Seconds: number | null; withinTarget: number; withinTargetShare: number | null; withoutResponse: number; withoutResponseOverdue: number };
  resolution: { resolved: number; medianSeconds: number | null; p90Seconds: number | null };
  feedback: { good: number; fair: number; bad: number; given: number; resolved: number; share: number | null };
}

const FILTER_REFERENCES: [keyof ActivityQuery, ReferencedKind][] = [['propertyId', 'property'], ['categoryId', 'category'], ['assigneeId', 'user']];

/** The filters naming a property, category or assignee must name one of the agency's. */
async function checkReferences(ctx: AppContext, organizationId: string, q: ActivityQuery) {
  for (const [field, kind] of FILTER_REFERENCES) {
    const id = q[field];
    if (id && (await countExisting(ctx.db, kind, organizationId, [id])) === 0) {
      throw new DomainError('unknown_reference', `${field} does not name a ${kind === 'user' ? 'user' : kind} of this agency.`, { field });
    }
  }
}

/** The activity's figures for the actor's agency. */
export async function activityFigures(ctx: AppContext, actor: Actor, q: ActivityQuery): Promise<ActivityFigures> {
  const { from, to } = checkPeriod(q.from, q.to);
  const now = ctx.clock.now();
  const [organization, access] = await Promise.all([findOrganization(ctx.db, actor.organizationId), ticketScope(ctx.db, actor, now), checkReferences(ctx, actor.organizationId, q)]);
  const timeZone = organization!.timezone || 'Europe/Paris';
  // Noon UTC falls on the same calendar day in every European zone the agencies use.
  const dayStart = (day: string) => startOfDay(new Date(`${day}T12:00:00Z`), timeZone);
  const scope: ActivityScope = {
    organizationId: actor.organizationId, from: dayStart(from), until: dayStart(addDays(to, 1)), timeZone, access,
    propertyId: q.propertyId, categoryId: q.categoryId, source: q.source, assigneeId: q.assigneeId, status: q.status, type: q.type,
  };
  const [counts, times] = await Promise.all([activityCounts(ctx.db, scope, q.grain, q.by), activityTimes(ctx.db, scope, now)]);

  const byPeriod = new Map<string, { key: string | null; count: number }[]>();
  const byKey = new Map<string | null, BreakdownEntry>();
  for (const c of counts) {
    byPeriod.set(c.period, [...(byPeriod.get(c.period) ?? []), { key: c.key, count: c.count }]);
    const entry = byKey.get(c.key) ?? { key: c.key, label: c.label, count: 0 };
    entry.count += c.count;
    byKey.set(c.key, entry);
  }
  const series = bucketsOf(from, to, q.grain).map((period) => {
    const cells = (byPeriod.get(period) ?? []).sort((a, b) => b.count - a.count);
    return { period, total: cells.reduce((sum, c) => sum + c.count, 0), counts: cells };
  });
  const breakdown = [...byKey.values()].sort((a, b) => b.count - a.count || String(a.label ?? a.key).localeCompare(String(b.label ?? b.key)));
  const given = times.feedbackGood + times.feedbackFair + times.feedbackBad;
  return {
    period: { from, to, timeZone }, grain: q.grain, by: q.by, total: times.tickets, series, breakdown,
    firstResponse: {
      responded: times.responded, medianSeconds: round(times.firstResponseMedian), p90Seconds: round(times.firstResponseP90),
      withinTarget: times.respondedWithinTarget, withinTargetShare: shareOf(times.respondedWithinTarget, times.responded),
      withoutResponse: times.withoutResponse, withoutResponseOverdue: times.withoutResponseOverdue,
    },
    resolution: { resolved: times.resolved, medianSeconds: round(times.resolutionMedian), p90Seconds: round(times.resolutionP90) },
    feedback: { good: times.feedbackGood, fair: times.feedbackFair, bad: times.feedbackBad, given, resolved: times.resolved, share: shareOf(times.resolvedWithFeedback, times.resolved) },
  };
}

function round(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds);
}
