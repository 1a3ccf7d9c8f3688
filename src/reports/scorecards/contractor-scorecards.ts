// Several contractors' scorecards at once (beside the options of the contractor picker, at most
// 50): in the order asked, ids that are not the agency's left out. An external agent, who may file
// tickets, sees figures computed over the tickets assigned to them only.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { MAX_SCORECARD_BATCH } from '../../domain/reports/scorecard-figures.ts';
import { contractorsAmong } from '../../db/repositories/scorecards.ts';
import { scorecardPeriod } from './scorecard-period.ts';
import { agencyOf, computeScorecards, type Scorecards } from './scorecard-answer.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of `ids=a,b,c`: distinct, each a UUID, at most MAX_SCORECARD_BATCH. */
export function scorecardIds(ids: string): string[] {
  const list = [...new Set(ids.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
  if (list.length === 0) throw new DomainError('invalid_contractor_ids', 'Name at least one contractor: ids=<id>,<id>….', { field: 'ids' });
  if (list.length > MAX_SCORECARD_BATCH) throw new DomainError('too_many_contractors', `At most ${MAX_SCORECARD_BATCH} contractors at once; ask for the others in another call.`, { field: 'ids', max: MAX_SCORECARD_BATCH });
  const wrong = list.find((id) => !UUID.test(id));
  if (wrong) throw new DomainError('invalid_contractor_ids', `"${wrong.slice(0, 40)}" is not a contractor's id.`, { field: 'ids' });
  return list;
}

/** Several contractors' scorecards at once, in the order asked; ids not of the agency are left out. */
export async function contractorScorecards(ctx: AppContext, actor: Actor, query: { ids: string; from?: string; to?: string }): Promise<Scorecards> {
  const ids = scorecardIds(query.ids);
  const { timeZone, currency } = await agencyOf(ctx, actor);
  const period = scorecardPeriod(query, ctx.clock.now(), timeZone);
  const found = new Map((await contractorsAmong(ctx.db, actor.organizationId, ids)).map((c) => [c.id, c]));
  const contractors = ids.flatMap((id) => found.get(id) ?? []);
  return computeScorecards(ctx, actor, contractors, period, currency);
}
