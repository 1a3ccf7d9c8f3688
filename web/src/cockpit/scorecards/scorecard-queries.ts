// The scorecards' calls: one contractor's over a period (its page), several at once (the picker's
// options shown, one call for all of them), each kept a few minutes in TanStack Query's cache.
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { OneScorecardAnswer, ScorecardsAnswer, ScorecardAnswer } from '../../../../src/http/answers.ts';
import { MAX_SCORECARD_BATCH } from '../../../../src/domain/reports/scorecard-figures.ts';

export type Scorecard = ScorecardAnswer;
export type OneScorecard = OneScorecardAnswer;

const FIVE_MINUTES = 5 * 60_000;

/** A period of calendar days; empty fields: the server's default (the last twelve months). */
export interface PeriodChoice {
  from: string;
  to: string;
}

function periodQuery(period: PeriodChoice): string {
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const useScorecard = (contractorId: string, period: PeriodChoice) =>
  useQuery({
    queryKey: ['scorecard', contractorId, period.from, period.to],
    queryFn: () => api.get<OneScorecard>(`/api/v1/contractors/${contractorId}/scorecard${periodQuery(period)}`),
    staleTime: FIVE_MINUTES,
    placeholderData: (previous) => previous,
  });

/** The scorecards of the contractors shown (the first MAX_SCORECARD_BATCH), by contractor id. */
const summariesQuery = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].slice(0, MAX_SCORECARD_BATCH).sort();
  return {
    queryKey: ['scorecards', sorted.join(',')],
    queryFn: () => api.get<ScorecardsAnswer>(`/api/v1/contractors/scorecards?ids=${sorted.join(',')}`),
    staleTime: FIVE_MINUTES,
    enabled: sorted.length > 0,
  };
};

const byContractor = (answers: readonly (ScorecardsAnswer | undefined)[]) =>
  new Map(answers.flatMap((answer) => answer?.items ?? []).map((item) => [item.contractor.id, item]));

/** The scorecards of the contractors shown (the first MAX_SCORECARD_BATCH), in one call, by contractor id. */
export function useScorecardSummaries(contractorIds: readonly string[], enabled = true) {
  const options = summariesQuery(contractorIds);
  const query = useQuery({ ...options, enabled: enabled && options.enabled, placeholderData: (previous) => previous });
  return byContractor([query.data]);
}

/** The scorecards of a list read page by page: one call per page of at most MAX_SCORECARD_BATCH. */
export function usePagesScorecards(pages: readonly (readonly string[])[]) {
  const answers = useQueries({ queries: pages.map((ids) => summariesQuery(ids)) });
  return byContractor(answers.map((answer) => answer.data));
}
