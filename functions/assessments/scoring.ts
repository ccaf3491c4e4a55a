import type { KpiScore } from '../../shared/contract/assessments.ts';
import type { KpiRule } from '../../shared/contract/assessments-policy.ts';

/**
 * Scoring, pure (docs/domain.md › "Performance assessment"): a KPI's value against its rule gives
 * 0–100 points; a unit's total is the weighted mean of the KPIs that had facts (a KPI without
 * facts is "no data": it neither scores 0 nor 100, and its weight is left out); units of a level
 * are ranked by total, ties sharing a rank.
 */

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The points of a value: linear between the floor (0) and the target (100), or 100 less the penalty per point short. */
export function scoreOf(value: number, target: number, rule: Pick<KpiRule, 'scoring' | 'floor' | 'penaltyPerPoint'>, direction: 'higher' | 'lower' = 'higher'): number {
  const short = direction === 'higher' ? target - value : value - target;
  if (short <= 0) return 100;
  if (rule.scoring === 'penalty') return round1(Math.max(0, 100 - rule.penaltyPerPoint * short * 100));
  const span = direction === 'higher' ? target - rule.floor : rule.floor - target;
  if (span <= 0) return 0;
  return round1(Math.max(0, 100 * (1 - short / span)));
}

/** A KPI of a unit from its numerator and denominator; no denominator is no data. */
export function kpiScore(kpi: KpiScore['kpi'], counts: { numerator: number; denominator: number } | null, target: number | null, rule: KpiRule, direction: 'higher' | 'lower' = 'higher'): KpiScore {
  const base = { kpi, target, weight: rule.weight, direction, scoring: rule.scoring };
  if (!counts || counts.denominator <= 0) return { ...base, value: null, noData: true, numerator: counts?.numerator ?? null, denominator: counts?.denominator ?? null, score: null };
  const value = Math.min(1, counts.numerator / counts.denominator);
  return { ...base, value, noData: false, numerator: counts.numerator, denominator: counts.denominator, score: target === null ? null : scoreOf(value, target, rule, direction) };
}

/** The weighted mean of the scores with data, and the share of the weight that had data. */
export function totalOf(kpis: readonly KpiScore[]): { total: number | null; coverage: number } {
  const weight = kpis.reduce((n, k) => n + k.weight, 0);
  const scored = kpis.filter((k) => k.score !== null && k.weight > 0);
  const scoredWeight = scored.reduce((n, k) => n + k.weight, 0);
  if (!scoredWeight) return { total: null, coverage: 0 };
  return { total: round1(scored.reduce((n, k) => n + k.score! * k.weight, 0) / scoredWeight), coverage: weight ? scoredWeight / weight : 0 };
}

/** Competition ranking by total, highest first ("1224"); a unit without a total is unranked. */
export function ranks(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o > t).length));
}
