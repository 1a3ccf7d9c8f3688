// One contractor's scorecard (its page in the cockpit): 404 when it is not the agency's. The
// figures are computed over the tickets the reader may see (the access policy's scope): an
// assistant sees the figures of the buildings they assist.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { contractorsAmong } from '../../db/repositories/scorecards.ts';
import { scorecardPeriod } from './scorecard-period.ts';
import { agencyOf, computeScorecards } from './scorecard-answer.ts';

/** One contractor's scorecard over the period (default: the last twelve months). */
export async function contractorScorecard(ctx: AppContext, actor: Actor, contractorId: string, query: { from?: string; to?: string }) {
  const { timeZone, currency } = await agencyOf(ctx, actor);
  const period = scorecardPeriod(query, ctx.clock.now(), timeZone);
  const [contractor] = await contractorsAmong(ctx.db, actor.organizationId, [contractorId]);
  if (!contractor) throw notFound('Contractor');
  const answer = await computeScorecards(ctx, actor, [contractor], period, currency);
  return { period: answer.period, currency, scorecard: answer.items[0]! };
}

