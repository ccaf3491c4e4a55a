import { assessmentsKpisPolicy } from '../../../shared/contract/assessments-policy.ts';
import { kpiScore, ranks, scoreOf, totalOf } from '../../../functions/assessments/scoring.ts';

/** Scoring against hand-computed figures (the default rules of assessments.kpis). */
const rules = assessmentsKpisPolicy.defaults.kpis;
const linear = { scoring: 'linear' as const, floor: 0.8, penaltyPerPoint: 5 };
const penalty = { scoring: 'penalty' as const, floor: 0.8, penaltyPerPoint: 5 };

describe('assessment scoring', () => {
  it.each([
    ['at the target', 0.96, 0.96, linear, 100],
    ['above the target', 0.99, 0.96, linear, 100],
    ['at the floor', 0.8, 0.96, linear, 0],
    ['below the floor', 0.5, 0.96, linear, 0],
    ['halfway: 0.88 between 0.8 and 0.96', 0.88, 0.96, linear, 50],
    ['a point short, 5 points a point', 0.99, 1, penalty, 95],
    ['7.5 points short', 0.925, 1, penalty, 62.5],
    ['20 points short: nothing left', 0.8, 1, penalty, 0],
  ])('%s', (_, value, target, rule, points) => expect(scoreOf(value, target, rule)).toBeCloseTo(points, 6));

  it('scores a lower-is-better KPI the other way round', () => {
    expect(scoreOf(0.02, 0.05, { scoring: 'linear', floor: 0.2, penaltyPerPoint: 0 }, 'lower')).toBe(100);
    expect(scoreOf(0.125, 0.05, { scoring: 'linear', floor: 0.2, penaltyPerPoint: 0 }, 'lower')).toBe(50);
  });

  it('a KPI without facts is no data, neither 0 nor 100', () => {
    expect(kpiScore('fee-recovery', null, 0.95, rules['fee-recovery'])).toMatchObject({ value: null, noData: true, score: null });
    expect(kpiScore('reply-rate', { numerator: 0, denominator: 0 }, 1, rules['reply-rate'])).toMatchObject({ value: null, noData: true, score: null, numerator: 0, denominator: 0 });
  });

  it('a KPI with facts: 47 of 50 repairs on time is 94 %, 6 points short: 70 points', () => {
    expect(kpiScore('repair-timeliness', { numerator: 47, denominator: 50 }, 1, rules['repair-timeliness'])).toEqual({
      kpi: 'repair-timeliness', value: 0.94, noData: false, numerator: 47, denominator: 50, target: 1, weight: 15, direction: 'higher', scoring: 'penalty', score: 70,
    });
  });

  it('totals the KPIs with data by their weights only, and says how much weight had data', () => {
    const kpis = [
      kpiScore('repair-timeliness', { numerator: 47, denominator: 50 }, 1, rules['repair-timeliness']), // 70 × 15
      kpiScore('first-time-fix', { numerator: 48, denominator: 50 }, 0.96, rules['first-time-fix']), // 100 × 10
      kpiScore('fee-recovery', null, 0.95, rules['fee-recovery']), // no data, 15
    ];
    expect(totalOf(kpis)).toEqual({ total: 82, coverage: 25 / 40 });
    expect(totalOf([kpis[2]!])).toEqual({ total: null, coverage: 0 });
  });

  it('ranks by total, ties sharing a rank, units without a total unranked', () => {
    expect(ranks([80, 92.5, null, 80, 60])).toEqual([2, 1, null, 2, 4]);
    expect(ranks([])).toEqual([]);
  });

  it('the default weights add up to 100', () => {
    expect(Object.values(rules).reduce((n, r) => n + r.weight, 0)).toBe(100);
  });
});
