import { assessmentsKpisPolicy } from '../../../shared/contract/assessments-policy.ts';
import { noFacts, type UnitFacts } from '../../../functions/assessments/kpis.ts';
import { scorecards, unitsOf, type PeriodFacts } from '../../../functions/assessments/scorecards.ts';

/** Scorecards of a period: units, the dispatch center as the regions' sum, ranks within a level, the trend. */
const policy = assessmentsKpisPolicy.defaults;
const repairs = (repairs: number, onTime: number): UnitFacts => ({ ...noFacts(), tickets: { repairs, repairsOnTime: onTime, repairsResolved: repairs, fixedFirstTime: repairs } });
const regions = [
  { regionId: 'r-east', name: '东城' },
  { regionId: 'r-west', name: '西城' },
  { regionId: 'r-south', name: '南城' },
];
const period = (name: string, units: Record<string, UnitFacts>): PeriodFacts => ({ period: name, units: new Map(Object.entries(units)) });

const q2 = period('2026-Q2', { 'region:r-east': repairs(10, 9) });
const q3 = period('2026-Q3', {
  'region:r-east': repairs(10, 10), // 100 % on time: 100 points
  'region:r-west': repairs(20, 19), // 95 %: 5 points short × 5 = 75
  'staff:r-east:field': repairs(4, 4),
  'staff:r-gone:old': repairs(1, 1), // a region no longer there: left out
});
const units = unitsOf(regions, [q2, q3], (u) => ({ field: '外勤员' })[u] ?? u);
const cards = scorecards(units, q3, [q2], policy);
const card = (id: string) => cards.find((c) => c.id === id)!;

describe('scorecards', () => {
  it('has every region (one without activity too), the dispatch center and the staff seen', () => {
    expect(cards.map((c) => [c.id, c.level, c.name])).toEqual([
      ['region:r-east', 'region', '东城'],
      ['region:r-west', 'region', '西城'],
      ['region:r-south', 'region', '南城'],
      ['dispatch-center', 'dispatch-center', '调度中心'],
      ['staff:r-east:field', 'staff', '外勤员'],
    ]);
  });

  it('scores and ranks within the level; a unit with no data is unranked', () => {
    expect(card('region:r-east')).toMatchObject({ total: 100, rank: 1, rankedOf: 2 });
    expect(card('region:r-west')).toMatchObject({ total: 85, rank: 2, rankedOf: 2 }); // (repair 75 × 15 + first fix 100 × 10) / 25
    expect(card('region:r-south')).toMatchObject({ total: null, rank: null, rankedOf: 2, coverage: 0 });
    expect(card('staff:r-east:field')).toMatchObject({ rank: 1, rankedOf: 1 });
  });

  it('the dispatch center is the sum of the regions: 29 of 30 repairs on time', () => {
    expect(card('dispatch-center').kpis.find((k) => k.kpi === 'repair-timeliness')).toMatchObject({ numerator: 29, denominator: 30 });
    expect(card('dispatch-center').kpis.find((k) => k.kpi === 'repair-timeliness')!.score).toBeCloseTo(100 - 5 * (100 / 30), 1);
  });

  it('the trend holds the earlier periods, then this one; a period without facts is a gap, not 0', () => {
    expect(card('region:r-east').trend.map((p) => [p.period, p.total, p.values['repair-timeliness']])).toEqual([
      ['2026-Q2', 70, 0.9], // 90 %: 10 points short × 5 = 50 → (50 × 15 + 100 × 10) / 25
      ['2026-Q3', 100, 1],
    ]);
    expect(card('region:r-west').trend[0]).toEqual({ period: '2026-Q2', total: null, values: expect.objectContaining({ 'repair-timeliness': null }) });
  });
});
