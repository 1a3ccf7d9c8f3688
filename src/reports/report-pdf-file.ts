// A kept report as the PDF file people receive: the download (GET /reports/{id}/report.pdf) and the
// copy emailed to its author carry the same file, drawn from the figures stored with the report.
import type { Db } from '../db/connection.ts';
import type { ReportRow } from '../db/repositories/reports.ts';
import { findReport } from '../db/repositories/reports.ts';
import { findOrganization } from '../db/repositories/users.ts';
import type { BuildingReportResult } from '../domain/reports/building-report-rules.ts';
import { renderReportPdf } from '../channels/report-pdf.ts';

export interface ReportPdfFile {
  filename: string;
  content: Buffer;
}

/** The PDF of `report`, named rapport-{property}-{from}-{to}.pdf. */
export async function reportPdfOf(db: Db, report: ReportRow): Promise<ReportPdfFile> {
  const organization = (await findOrganization(db, report.organizationId))!;
  const content = await renderReportPdf({
    agency: organization.name, timeZone: organization.timezone, propertyName: report.propertyName, propertyAddress: report.propertyAddress,
    unitReference: report.unitReference, periodFrom: report.periodFrom, periodTo: report.periodTo, createdAt: report.createdAt,
    createdByName: report.createdByName, result: report.result as unknown as BuildingReportResult,
  }, report.language);
  const slug = (report.propertyRef ?? 'immeuble').replace(/[^A-Za-z0-9_-]+/g, '-');
  return { filename: `rapport-${slug}-${report.periodFrom}-${report.periodTo}.pdf`, content };
}

/** The PDF of the agency's report `reportId`, or undefined when there is no such report. */
export async function reportPdfById(db: Db, organizationId: string, reportId: string): Promise<ReportPdfFile | undefined> {
  const report = await findReport(db, organizationId, reportId);
  return report ? reportPdfOf(db, report) : undefined;
}
