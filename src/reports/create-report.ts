// Making a report per building (DOMAIN.md §14): the place and period checked, the figures
// computed once and stored (a report never changes afterwards), and its copy emailed to its
// author through the outbox, in the same transaction as the report.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { REPORT_ITEMS, type ReportItem } from '../domain/reports/report-codes.ts';
import { propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { insertReport } from '../db/repositories/reports.ts';
import { checkPeriod, periodInstants } from './report-period.ts';
import { computeBuildingReport } from './compute-building-report.ts';
import { queueReportCopy } from './email-report-copy.ts';
import { mayReportOn, reportablePropertyIds } from './report-access.ts';

export interface ReportInput {
  propertyId: string;
  unitId?: string;
  from: string;
  to: string;
  items: string[];
}

/** The items asked for, in the report's order; refuses none or an unknown one. */
export function reportItems(asked: readonly string[]): ReportItem[] {
  if (asked.length === 0) throw new DomainError('no_report_item', 'Choose at least one figure for the report.');
  const unknown = asked.filter((item) => !(REPORT_ITEMS as readonly string[]).includes(item));
  if (unknown.length) throw new DomainError('unknown_report_item', `Unknown report figure: ${unknown.join(', ')}. Known: ${REPORT_ITEMS.join(', ')}.`, { unknown });
  return REPORT_ITEMS.filter((item) => asked.includes(item));
}

/** Computes and stores the report; returns its id. */
export async function createReport(ctx: AppContext, actor: Actor, input: ReportInput): Promise<string> {
  const items = reportItems(input.items);
  checkPeriod(input);
  const [organization, author, property, allowed] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId),
    findUser(ctx.db, actor.organizationId, actor.userId),
    propertiesRepository.get(ctx.db, actor.organizationId, input.propertyId),
    reportablePropertyIds(ctx, actor),
  ]);
  if (!property || !mayReportOn(allowed, property.id)) throw new DomainError('unknown_property', 'This property is not one of the agency\u2019s.');
  if (input.unitId) {
    const unit = await unitsRepository.get(ctx.db, actor.organizationId, input.unitId);
    if (!unit || unit.propertyId !== property.id) throw new DomainError('unit_not_in_property', 'This unit is not in the chosen property.');
  }
  const { start, end } = periodInstants(input, organization!.timezone);
  const unitId = input.unitId ?? null;
  const result = await computeBuildingReport(ctx.db, { organizationId: actor.organizationId, propertyId: property.id, unitId, start, end }, items, organization!.currency);
  const language = author?.language === 'en' ? 'en' : 'fr';
  let queued: string | undefined;
  const id = await ctx.db.transaction(async (tx) => {
    const reportId = await insertReport(tx, {
      organizationId: actor.organizationId, createdById: actor.userId, propertyId: property.id, unitId,
      periodFrom: input.from, periodTo: input.to, items, language, result: { ...result }, createdAt: ctx.clock.now(),
    });
    if (author) queued = await queueReportCopy({ ...ctx, db: tx }, { reportId, author, agencyName: organization!.name, propertyName: property.name, language });
    return reportId;
  });
  if (queued) await ctx.jobs?.enqueueDeliveries(ctx.db, [queued]);
  return id;
}
