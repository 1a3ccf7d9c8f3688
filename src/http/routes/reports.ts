// Reports per building (DOMAIN.md §14): made once and kept with their figures (POST), listed
// newest first, read, downloaded as a PDF for the owners' council; and the accounting export of
// the closed tickets as CSV. Permission reports:read.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { REPORT_ITEMS } from '../../domain/reports/report-codes.ts';
import type { BuildingReportResult } from '../../domain/reports/building-report-rules.ts';
import type { ReportRow } from '../../db/repositories/reports.ts';
import { createReport } from '../../reports/create-report.ts';
import { getReport, listReportsFor } from '../../reports/read-reports.ts';
import { accountingCsv } from '../../reports/accounting-export.ts';
import { reportPdfOf } from '../../reports/report-pdf-file.ts';
import { actorOf } from '../access.ts';
import { sendPdfDownload } from '../pdf-download.ts';
import { STAFF_ERRORS, ErrorResponse, IdParams, ListQuery, PageOf, Uuid, DateOnly } from '../schemas/common.ts';

const tags = ['reports'];
const access = 'reports:read' as const;

const ReportBody = Type.Object(
  {
    propertyId: Uuid,
    unitId: Type.Optional(Uuid),
    from: DateOnly,
    to: DateOnly,
    items: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20, description: `Among ${REPORT_ITEMS.join(', ')}; at least one.` }),
  },
  { additionalProperties: false, description: 'The place (a property, or one of its units), the period (both days included, in the agency calendar) and the figures.' },
);

const Report = Type.Object({
  id: Type.String(),
  propertyId: Type.String(),
  propertyName: Type.String(),
  propertyAddress: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]),
  unitReference: Type.Union([Type.String(), Type.Null()]),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  items: Type.Array(Type.String()),
  language: Type.String(),
  result: Type.Unknown({ description: 'The figures as computed when the report was made (src/domain/reports/building-report-rules.ts).' }),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
});

export type ReportAnswer = Omit<Static<typeof Report>, 'result'> & { result: BuildingReportResult };

const ListReportsQuery = Type.Composite([ListQuery, Type.Object({ propertyId: Type.Optional(Uuid) })], { additionalProperties: false });
const AccountingQuery = Type.Object({ from: DateOnly, to: DateOnly, propertyId: Type.Optional(Uuid) }, { additionalProperties: false });

function presentReport(row: ReportRow): ReportAnswer {
  return {
    id: row.id, propertyId: row.propertyId, propertyName: row.propertyName, propertyAddress: row.propertyAddress,
    unitId: row.unitId, unitReference: row.unitReference, from: row.periodFrom, to: row.periodTo, items: row.items, language: row.language,
    result: row.result as unknown as BuildingReportResult, createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? '' } : null,
  };
}

const download = (description: string, type: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });

export function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/reports', {
    config: { access },
    schema: {
      tags, summary: 'Makes a report per building over the tickets closed in the period; its figures are stored and a copy is emailed to its author',
      body: ReportBody,
      response: { 201: Report, ...STAFF_ERRORS, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await createReport(ctx, actor, request.body as Static<typeof ReportBody>);
      return reply.code(201).send(presentReport(await getReport(ctx, actor, id)));
    },
  });

  app.get('/reports', {
    config: { access },
    schema: { tags, summary: 'The reports made in the agency, newest first', querystring: ListReportsQuery, response: { 200: PageOf(Report), ...STAFF_ERRORS } },
    handler: async (request) => {
      const page = await listReportsFor(ctx, actorOf(request), request.query as Static<typeof ListReportsQuery>);
      return { items: page.items.map(presentReport), nextCursor: page.nextCursor };
    },
  });

  app.get('/reports/accounting.csv', {
    config: { access },
    schema: {
      tags, summary: 'Closed tickets of the period with their amounts, for accounting software (CSV: UTF-8 with BOM, `;`, amounts 1234.56, ISO dates)',
      querystring: AccountingQuery, produces: ['text/csv'],
      response: { 200: download('The CSV, as a download named comptabilite-{from}-{to}.csv.', 'text/csv'), ...STAFF_ERRORS, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const query = request.query as Static<typeof AccountingQuery>;
      const csv = await accountingCsv(ctx, actorOf(request), query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="comptabilite-${query.from}-${query.to}.csv"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  });

  app.get('/reports/:id', {
    config: { access },
    schema: { tags, summary: 'One report with its figures', params: IdParams, response: { 200: Report, ...STAFF_ERRORS } },
    handler: async (request) => presentReport(await getReport(ctx, actorOf(request), (request.params as { id: string }).id)),
  });

  app.get('/reports/:id/report.pdf', {
    config: { access },
    schema: {
      tags, summary: 'The report as a PDF for the owners\u2019 council, in its language', params: IdParams, produces: ['application/pdf'],
      response: { 200: download('The PDF, as a download named rapport-{property}-{from}-{to}.pdf.', 'application/pdf'), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const report = await getReport(ctx, actorOf(request), (request.params as { id: string }).id);
      const pdf = await reportPdfOf(ctx.db, report);
      return sendPdfDownload(reply, pdf.content, pdf.filename);
    },
  });
}
