// Contractors' scorecards: one contractor's (its page, reports:read) and several at once (beside
// the options of the contractor picker, for whoever files tickets: tickets:work).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { ScorecardAnswer, ScorecardPeriodQuery, ScorecardsAnswer } from '../schemas/scorecards.ts';
import { contractorScorecard } from '../../reports/scorecards/contractor-scorecard.ts';
import { contractorScorecards } from '../../reports/scorecards/contractor-scorecards.ts';

/** Registers GET /contractors/{id}/scorecard and GET /contractors/scorecards. */
export function scorecardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/contractors/:id/scorecard', {
    config: { access: 'reports:read' },
    schema: {
      tags: ['contractors'], summary: "A contractor's scorecard over a period (default: the last twelve months)",
      params: Type.Object({ id: Uuid }),
      querystring: Type.Object(ScorecardPeriodQuery, { additionalProperties: false }),
      response: { 200: ScorecardAnswer, ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      return contractorScorecard(ctx, actorOf(request), id, request.query as { from?: string; to?: string });
    },
  });

  app.get('/contractors/scorecards', {
    config: { access: 'tickets:work' },
    schema: {
      tags: ['contractors'], summary: 'Several contractors\' scorecards at once (at most 50), for the contractor picker',
      querystring: Type.Object({ ids: Type.String({ maxLength: 2000, description: 'Contractor ids, comma-separated' }), ...ScorecardPeriodQuery }, { additionalProperties: false }),
      response: { 200: ScorecardsAnswer, ...STAFF_ERRORS },
    },
    handler: async (request) => contractorScorecards(ctx, actorOf(request), request.query as { ids: string; from?: string; to?: string }),
  });
}
