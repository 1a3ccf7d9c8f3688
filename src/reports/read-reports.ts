// Reading the reports made: one by id, and the list newest first (filtered by property). An
// assistant who sees only the properties they assist reads only those properties' reports.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { findReport, listReports, type ReportRow } from '../db/repositories/reports.ts';
import type { Page } from '../db/pagination.ts';
import { mayReportOn, reportablePropertyIds } from './report-access.ts';

/** The report, or not_found (also another agency's, and one the actor may not read). */
export async function getReport(ctx: AppContext, actor: Actor, id: string): Promise<ReportRow> {
  const [report, allowed] = await Promise.all([findReport(ctx.db, actor.organizationId, id), reportablePropertyIds(ctx, actor)]);
  if (!report || !mayReportOn(allowed, report.propertyId)) throw notFound('Report');
  return report;
}

export async function listReportsFor(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string; propertyId?: string }): Promise<Page<ReportRow>> {
  const allowed = await reportablePropertyIds(ctx, actor);
  return listReports(ctx.db, actor.organizationId, { ...query, propertyIds: allowed });
}
