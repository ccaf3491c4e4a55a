import { SURVEY_DIMENSIONS, type SurveyDimension, type SurveyResults } from '../../shared/contract/surveys.ts';
import type { StatsCounters, StatsRow } from '../../shared/entities/survey.ts';

/**
 * Survey figures, pure: from the counters of the figures items to the satisfaction per dimension,
 * region, staff member and period. An answer is satisfied when every dimension scored at least the
 * policy's `satisfiedAtLeast` (counted when it was given); a return visit recorded on a ticket
 * counts as one more response, satisfied as the agent recorded it. A share of nothing is
 * `rate: null` (no data), never 0 or 100 %.
 */
type Figures = SurveyResults['overall'];

export const rate = (count: number, of: number) => ({ count, of, rate: of > 0 ? count / of : null });

const sum = (rows: readonly StatsRow[]): StatsCounters => {
  const total: StatsCounters = {};
  for (const row of rows) for (const [k, v] of Object.entries(row.counters)) total[k] = (total[k] ?? 0) + v;
  return total;
};

export function figuresOf(counters: StatsCounters): Figures {
  const n = (k: string) => counters[k] ?? 0;
  const answered = n('answered');
  const visits = n('returnVisits');
  return {
    responses: answered + visits,
    satisfaction: rate(n('satisfied') + n('returnVisitsSatisfied'), answered + visits),
    dimensions: Object.fromEntries(
      SURVEY_DIMENSIONS.map((d) => [d, { satisfied: rate(n(`${d}Satisfied`), answered), average: answered > 0 ? Math.round((n(`${d}Sum`) / answered) * 100) / 100 : null }]),
    ) as Record<SurveyDimension, Figures['dimensions'][SurveyDimension]>,
    returnVisits: rate(n('returnVisitsSatisfied'), visits),
  };
}

const groupBy = (rows: readonly StatsRow[], key: (r: StatsRow) => string) => {
  const groups = new Map<string, StatsRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/** Everything of SurveyResults that the figures give (the caller adds the campaign, period and comments). */
export function resultsOf(rows: readonly StatsRow[], target: number, periodOfRow: (r: StatsRow) => string = (r) => r.period) {
  const total = sum(rows);
  const overall = figuresOf(total);
  const invited = total.invited ?? 0;
  return {
    target,
    meetsTarget: overall.satisfaction.rate === null ? null : overall.satisfaction.rate >= target,
    overall,
    invited,
    responseRate: rate(total.answered ?? 0, invited),
    byRegion: groupBy(rows, (r) => r.regionId).map(([regionId, group]) => ({ regionId, ...figuresOf(sum(group)) })),
    byStaff: groupBy(rows.filter((r) => r.staff !== '-'), (r) => r.staff).map(([staff, group]) => ({ staff, ...figuresOf(sum(group)) })),
    byPeriod: groupBy(rows, periodOfRow).map(([period, group]) => ({ period, ...figuresOf(sum(group)) })),
    followUps: total.followUps ?? 0,
  };
}

/** The counters one answer adds: answered, satisfied (every dimension), low (any dimension), and per dimension. */
export function answerCounters(scores: Record<SurveyDimension, number>, policy: { satisfiedAtLeast: number; lowScoreAtMost: number }): StatsCounters {
  const counters: StatsCounters = { answered: 1, satisfied: SURVEY_DIMENSIONS.every((d) => scores[d] >= policy.satisfiedAtLeast) ? 1 : 0, low: isLow(scores, policy) ? 1 : 0 };
  for (const d of SURVEY_DIMENSIONS) {
    counters[`${d}Satisfied`] = scores[d] >= policy.satisfiedAtLeast ? 1 : 0;
    counters[`${d}Sum`] = scores[d];
  }
  return counters;
}

export const isLow = (scores: Record<SurveyDimension, number>, policy: { lowScoreAtMost: number }) => SURVEY_DIMENSIONS.some((d) => scores[d] <= policy.lowScoreAtMost);
