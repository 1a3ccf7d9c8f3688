// The activity (DOMAIN.md §14): tickets per week or month and dimension, first-response and
// resolution times, feedback; as JSON for the screen, and as CSV or XLSX tables.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { ACTIVITY_DIMENSIONS, ACTIVITY_GRAINS } from '../../domain/reports/report-codes.ts';
import { SOURCES, TICKET_STATUSES, TICKET_TYPES } from '../../domain/tickets/codes.ts';
import { activityFigures, type ActivityQuery } from '../../reports/activity/activity-figures.ts';
import { activityCsv } from '../../reports/activity/activity-csv.ts';
import { activityXlsx } from '../../reports/activity/activity-xlsx.ts';
import { oneOf } from '../../masterdata/input-fields.ts';
import { actorOf } from '../access.ts';
import { ErrorResponse, STAFF_ERRORS, Uuid } from '../schemas/common.ts';

const Day = Type.String({ maxLength: 10, description: 'A calendar day YYYY-MM-DD in the agency’s time zone (both ends included)' });
const Query = Type.Object({
  grain: Type.Optional(oneOf(ACTIVITY_GRAINS)),
  by: Type.Optional(oneOf(ACTIVITY_DIMENSIONS)),
  from: Day,
  to: Day,
  propertyId: Type.Optional(Uuid),
  categoryId: Type.Optional(Uuid),
  assigneeId: Type.Optional(Uuid),
  source: Type.Optional(oneOf(SOURCES)),
  status: Type.Optional(oneOf(TICKET_STATUSES)),
  type: Type.Optional(oneOf(TICKET_TYPES)),
}, { additionalProperties: false });

const Count = Type.Object({ key: Type.Union([Type.String(), Type.Null()]), count: Type.Integer() });
const Seconds = Type.Union([Type.Number(), Type.Null()]);
const Share = Type.Union([Type.Number({ description: 'A fraction between 0 and 1' }), Type.Null()]);
const Figures = Type.Object({
  period: Type.Object({ from: Type.String(), to: Type.String(), timeZone: Type.String() }),
  grain: oneOf(ACTIVITY_GRAINS), by: oneOf(ACTIVITY_DIMENSIONS), total: Type.Integer(),
  series: Type.Array(Type.Object({ period: Type.String(), total: Type.Integer(), counts: Type.Array(Count) })),
  breakdown: Type.Array(Type.Object({ key: Type.Union([Type.String(), Type.Null()]), label: Type.Union([Type.String(), Type.Null()]), count: Type.Integer() })),
  firstResponse: Type.Object({
    responded: Type.Integer(), medianSeconds: Seconds, p90Seconds: Seconds, withinTarget: Type.Integer(), withinTargetShare: Share,
    withoutResponse: Type.Integer(), withoutResponseOverdue: Type.Integer(),
  }),
  resolution: Type.Object({ resolved: Type.Integer(), medianSeconds: Seconds, p90Seconds: Seconds }),
  feedback: Type.Object({ good: Type.Integer(), fair: Type.Integer(), bad: Type.Integer(), given: Type.Integer(), resolved: Type.Integer(), share: Share }),
});
const ERRORS = { ...STAFF_ERRORS, 422: ErrorResponse };
const ERRORS_TEXT =
  '400 invalid_date (a day not written YYYY-MM-DD), period_too_long (over 10 years), validation_failed (grain, by, a code or an id); ' +
  '422 invalid_period (from after to), unknown_reference (a property, category or assignee not of the agency).';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file to save, never cached by a shared cache. */
function download(reply: FastifyReply, type: string, filename: string, body: string | Buffer) {
  return reply.header('content-type', type).header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'private, no-store').send(body);
}

function query(raw: unknown): ActivityQuery {
  const q = raw as Partial<ActivityQuery> & { from: string; to: string };
  return { ...q, grain: q.grain ?? 'month', by: q.by ?? 'status' };
}

export function activityRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/reports/activity', {
    config: { access: 'reports:read' },
    schema: {
      tags: ['reports'], summary: 'The activity over tickets created in a period: series per week or month by a dimension, times, feedback',
      description: `Duplicates linked to an incident are not counted. Grain month and by status unless said. ${ERRORS_TEXT}`,
      querystring: Query, response: { 200: Figures, ...ERRORS },
    },
    handler: async (request) => activityFigures(ctx, actorOf(request), query(request.query)),
  });

  app.get('/reports/activity.csv', {
    config: { access: 'reports:read' },
    schema: {
      tags: ['reports'], summary: 'The same figures as CSV tables (UTF-8 with BOM, `;`), headers in the user’s language',
      description: ERRORS_TEXT, querystring: Query, response: { 200: Type.String({ description: 'text/csv' }), ...ERRORS },
    },
    handler: async (request, reply) => {
      return download(reply, 'text/csv; charset=utf-8', 'activite.csv', await activityCsv(ctx, actorOf(request), query(request.query)));
    },
  });

  app.get('/reports/activity.xlsx', {
    config: { access: 'reports:read' },
    schema: {
      tags: ['reports'], summary: 'The same figures as an XLSX workbook, one sheet per table',
      description: ERRORS_TEXT, querystring: Query, response: { 200: Type.String({ description: XLSX_TYPE }), ...ERRORS },
    },
    handler: async (request, reply) => {
      return download(reply, XLSX_TYPE, 'activite.xlsx', await activityXlsx(ctx, actorOf(request), query(request.query)));
    },
  });
}
