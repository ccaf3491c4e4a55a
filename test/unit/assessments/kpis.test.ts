import { assessmentsKpisPolicy, type AssessmentsKpisPolicy } from '../../../shared/contract/assessments-policy.ts';
import { addFacts, kpisOf, noFacts, unitScores, type UnitFacts } from '../../../functions/assessments/kpis.ts';

/** The KPI formulas against hand-computed figures (the default rules of assessments.kpis). */
const policy = assessmentsKpisPolicy.defaults;
const kpi = (s: ReturnType<typeof unitScores>, name: string) => s.kpis.find((k) => k.kpi === name);

const east: UnitFacts = {
  // 4 repairs, 3 with no deadline missed; 3 resolved, 2 without a reopen; 5 complaints/inquiries due a reply, 5 on time; 4 closed, 3 visited.
  tickets: { repairs: 4, repairsOnTime: 3, repairsResolved: 3, fixedFirstTime: 2, repliesDue: 5, repliedOnTime: 5, closed: 4, returnVisited: 3 },
  // 100 meters due (98 % outdoor monthly): 95 read, 94 accurate.
  reading: { due: 100, read: 95, accurate: 94, targetDue: 98 },
  // 8 answers (7 satisfied) and 2 return visits (2 satisfied).
  surveys: { answered: 8, satisfied: 7, returnVisits: 2, returnVisitsSatisfied: 2 },
};

describe('KPI formulas', () => {
  const s = unitScores('region', east, policy);

  it.each([
    // kpi, numerator, denominator, value, target, score
    ['repair-timeliness', 3, 4, 0.75, 1, 0], // penalty 5 a point: 25 points short
    ['first-time-fix', 2, 3, 2 / 3, 0.96, 0], // below the 80 % floor
    ['reply-rate', 5, 5, 1, 1, 100],
    ['return-visit-rate', 3, 4, 0.75, 1, 0], // linear, floor 80 %: below it
    ['satisfaction', 9, 10, 0.9, 0.99, 0], // at the 90 % floor
    ['read-rate', 95, 100, 0.95, 0.98, 92.1], // the cycles' target 98 %, floor 60 %: 1 − 0.03/0.38
    ['read-accuracy', 94, 95, 94 / 95, 0.98, 100], // 98.9 %: above the target
  ])('%s: %i / %i', (name, numerator, denominator, value, target, score) => {
    const k = kpi(s, name)!;
    expect(k).toMatchObject({ numerator, denominator, target, noData: false });
    expect(k.value).toBeCloseTo(value, 6);
    expect(k.score).toBeCloseTo(score, 1);
  });

  it('fee recovery and inspection coverage have no facts yet: no data, not 0 or 100 %', () => {
    for (const name of ['fee-recovery', 'inspection-coverage']) expect(kpi(s, name)).toMatchObject({ value: null, noData: true, score: null, numerator: null, denominator: null });
  });

  it('a unit with no activity has no data in every KPI, and no total', () => {
    const idle = unitScores('region', noFacts(), policy);
    expect(idle.kpis.every((k) => k.noData && k.value === null && k.score === null)).toBe(true);
    expect(idle).toMatchObject({ total: null, coverage: 0 });
    // Figures that exist but count nothing (a month with no repairs) are no data too.
    expect(kpi(unitScores('region', { ...noFacts(), tickets: { closed: 0 } }, policy), 'return-visit-rate')).toMatchObject({ noData: true, numerator: 0, denominator: 0 });
  });

  it('the total is the weighted mean of the KPIs with data', () => {
    // Weights: read-rate 15, read-accuracy 10, repair 15, first-fix 10, reply 10, visit 10, satisfaction 10 (fee 15, inspection 5: no data).
    const expected = (15 * 92.1 + 10 * 100 + 15 * 0 + 10 * 0 + 10 * 100 + 10 * 0 + 10 * 0) / 80;
    expect(s.total).toBeCloseTo(expected, 1);
    expect(s.coverage).toBeCloseTo(80 / 100, 6);
  });

  it('a policy read-rate target overrides the cycles\' own', () => {
    const fixed: AssessmentsKpisPolicy = { ...policy, kpis: { ...policy.kpis, 'read-rate': { ...policy.kpis['read-rate'], target: 0.95 } } };
    expect(kpi(unitScores('region', east, fixed), 'read-rate')).toMatchObject({ target: 0.95, score: 100 });
  });

  it('the read cycles\' targets are weighted by the meters due', () => {
    // 100 outdoor meters at 98 % and 50 indoor at 70 %: (98 + 35) / 150.
    const mixed = addFacts({ ...noFacts(), reading: { due: 100, read: 100, accurate: 100, targetDue: 98 } }, { ...noFacts(), reading: { due: 50, read: 40, accurate: 40, targetDue: 35 } });
    expect(kpi(unitScores('region', mixed, policy), 'read-rate')).toMatchObject({ numerator: 140, denominator: 150, target: 0.8867 });
  });

  it('the levels and the switch of each KPI decide what a unit is assessed on', () => {
    expect(kpisOf(policy, 'staff')).toEqual(['read-rate', 'read-accuracy', 'repair-timeliness', 'first-time-fix', 'satisfaction', 'inspection-coverage']);
    expect(kpisOf(policy, 'dispatch-center')).toEqual(['repair-timeliness', 'first-time-fix', 'reply-rate', 'return-visit-rate', 'satisfaction']);
    const off: AssessmentsKpisPolicy = { ...policy, kpis: { ...policy.kpis, satisfaction: { ...policy.kpis.satisfaction, enabled: false } } };
    expect(unitScores('region', east, off).kpis.map((k) => k.kpi)).not.toContain('satisfaction');
  });

  it('adds two units\' facts counter by counter (the dispatch center is the regions\' sum)', () => {
    const sum = addFacts(east, { tickets: { repairs: 1, repairsOnTime: 1 }, reading: null, surveys: null });
    expect(sum.tickets).toMatchObject({ repairs: 5, repairsOnTime: 4, closed: 4 });
    expect(sum.reading).toEqual(east.reading);
    expect(east.tickets!.repairs).toBe(4); // neither side changed
  });
});
