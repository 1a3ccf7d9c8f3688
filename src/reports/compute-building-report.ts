// The figures of a report per building for a place and a period: the items chosen, computed by
// the database (src/db/repositories/building-report.ts) under the rules of
// src/domain/reports/building-report-rules.ts.
import type { Db } from '../db/connection.ts';
import type { ReportItem } from '../domain/reports/report-codes.ts';
import type { BuildingReportResult } from '../domain/reports/building-report-rules.ts';
import { contractorFigures, ticketFigures, type ReportScope } from '../db/repositories/building-report.ts';

export async function computeBuildingReport(db: Db, scope: ReportScope, items: readonly ReportItem[], currency: string): Promise<BuildingReportResult> {
  const wants = (item: ReportItem) => items.includes(item);
  const perContractor = wants('interventionsPerContractor') || wants('amountPerContractor');
  const [figures, contractors] = await Promise.all([ticketFigures(db, scope), perContractor ? contractorFigures(db, scope) : []]);
  const result: BuildingReportResult = { currency };
  if (wants('ticketCount')) result.ticketCount = { closed: figures.closed, leftOutPending: figures.leftOutPending, leftOutDuplicates: figures.leftOutDuplicates };
  if (wants('totalAmount')) result.totalAmount = { amountCents: figures.amountCents, pricedTickets: figures.pricedTickets };
  if (wants('interventionsPerContractor')) {
    const rows = contractors.filter((c) => c.interventions > 0).map((c) => ({ contractorId: c.contractorId, name: c.name, interventions: c.interventions }));
    result.interventionsPerContractor = { total: figures.interventions, rows: rows.sort((a, b) => b.interventions - a.interventions || a.name.localeCompare(b.name)) };
  }
  if (wants('interventionDuration')) {
    const totalMinutes = Math.round(figures.totalSeconds / 60);
    result.interventionDuration = {
      interventions: figures.interventions, measured: figures.measured, totalMinutes,
      meanMinutes: figures.measured ? Math.round(figures.totalSeconds / 60 / figures.measured) : null,
    };
  }
  if (wants('amountPerContractor')) {
    const rows = contractors.filter((c) => c.pricedDispatches > 0).map((c) => ({ contractorId: c.contractorId, name: c.name, amountCents: c.amountCents, dispatches: c.pricedDispatches }));
    result.amountPerContractor = { totalCents: figures.amountCents, rows: rows.sort((a, b) => b.amountCents - a.amountCents || a.name.localeCompare(b.name)) };
  }
  return result;
}
