import { answerCounters, figuresOf, isLow, resultsOf } from '../../../functions/surveys/results.ts';
import type { StatsRow } from '../../../shared/entities/survey.ts';
import { triggerOf } from '../../../functions/surveys/on-trigger-event.ts';

const policy = { satisfiedAtLeast: 4, lowScoreAtMost: 2 };
const add = (a: Record<string, number>, b: Record<string, number>) => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};

describe('an answer\'s counters', () => {
  it.each([
    [{ attitude: 5, quality: 5, resolution: 4, afterSales: 4 }, 1, 0],
    [{ attitude: 5, quality: 3, resolution: 5, afterSales: 5 }, 0, 0],
    [{ attitude: 5, quality: 5, resolution: 2, afterSales: 5 }, 0, 1],
    [{ attitude: 1, quality: 1, resolution: 1, afterSales: 1 }, 0, 1],
  ])('%j: satisfied %s, low %s', (scores, satisfied, low) => {
    const c = answerCounters(scores, policy);
    expect(c).toMatchObject({ answered: 1, satisfied, low, attitudeSum: scores.attitude, qualitySatisfied: scores.quality >= 4 ? 1 : 0 });
    expect(isLow(scores, policy)).toBe(low === 1);
  });
});

describe('figures, against a hand-checked fixture', () => {
  // Region r-east: 4 answers (3 satisfied; quality 5,5,3,4 → 3 of 4 satisfied, average 4.25),
  // 10 invited, 2 return visits (1 satisfied). Region r-west: 1 answer, unsatisfied, 5 invited.
  const answers = [
    { attitude: 5, quality: 5, resolution: 5, afterSales: 5 },
    { attitude: 4, quality: 5, resolution: 4, afterSales: 4 },
    { attitude: 5, quality: 3, resolution: 4, afterSales: 2 },
    { attitude: 4, quality: 4, resolution: 5, afterSales: 4 },
  ];
  // The third answer is unsatisfied (quality 3, after-sales 2): satisfied answers are 1, 2, 4.
  const east = answers.map((s) => answerCounters(s, policy)).reduce(add, { invited: 10 });
  const rows: StatsRow[] = [
    { period: '2026-10', regionId: 'r-east', class: 'residential', staff: 'li', counters: east },
    { period: '2026-11', regionId: 'r-east', class: 'ticket', staff: 'li', counters: { returnVisits: 2, returnVisitsSatisfied: 1 } },
    { period: '2026-11', regionId: 'r-west', class: 'residential', staff: '-', counters: add(answerCounters({ attitude: 3, quality: 3, resolution: 3, afterSales: 3 }, policy), { invited: 5 }) },
  ];

  it('overall: 3 + 1 satisfied of 5 answers + 2 return visits; response rate 5 of 15', () => {
    const r = resultsOf(rows, 0.99);
    expect(r.overall.responses).toBe(7);
    expect(r.overall.satisfaction).toEqual({ count: 4, of: 7, rate: 4 / 7 });
    expect(r.overall.dimensions.quality.satisfied).toEqual({ count: 3, of: 5, rate: 0.6 });
    expect(r.overall.dimensions.quality.average).toBe(4); // (5+5+3+4+3) / 5
    expect(r.overall.returnVisits).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(r.invited).toBe(15);
    expect(r.responseRate).toEqual({ count: 5, of: 15, rate: 1 / 3 });
    expect(r.meetsTarget).toBe(false);
  });

  it('by region, staff and period', () => {
    const r = resultsOf(rows, 0.5);
    expect(r.byRegion.map((g) => [g.regionId, g.satisfaction.count, g.satisfaction.of])).toEqual([['r-east', 4, 6], ['r-west', 0, 1]]);
    expect(r.byRegion[0]!.dimensions.quality.average).toBe(4.25);
    expect(r.byStaff.map((g) => [g.staff, g.responses])).toEqual([['li', 6]]);
    expect(r.byPeriod.map((g) => [g.period, g.responses])).toEqual([['2026-10', 4], ['2026-11', 3]]);
    expect(r.meetsTarget).toBe(true);
  });

  it('no data is null, never 0 or 100 %', () => {
    const r = resultsOf([], 0.99);
    expect(r.overall.satisfaction.rate).toBeNull();
    expect(r.overall.dimensions.attitude).toEqual({ satisfied: { count: 0, of: 0, rate: null }, average: null });
    expect(r.responseRate.rate).toBeNull();
    expect(r.meetsTarget).toBeNull();
    expect(figuresOf({ invited: 3 }).satisfaction.rate).toBeNull();
  });
});

describe('survey triggers from outbox events', () => {
  it.each([
    ['ticket.close', { ticketId: 'T1', customerId: 'C1', regionId: 'r', assignee: 'wang' }, { trigger: 'ticket.closed', subject: { type: 'ticket', id: 'T1' }, staff: 'wang' }],
    ['customer.lifecycle-changed', { action: 'gas-on', customerId: 'C1', regionId: 'r' }, { trigger: 'customer.gas-on', subject: { type: 'gas-on', id: 'C1' }, staff: null }],
    ['inspection.done', { inspectionId: 'I1', customerId: 'C1', regionId: 'r', inspector: 'zhao' }, { trigger: 'inspection.done', subject: { type: 'inspection', id: 'I1' }, staff: 'zhao' }],
  ])('%s → %j', (type, data, expected) => {
    expect(triggerOf(type, data)).toMatchObject({ customerId: 'C1', regionId: 'r', ...expected });
  });

  it.each([
    ['customer.lifecycle-changed', { action: 'suspend', customerId: 'C1', regionId: 'r' }],
    ['ticket.resolve', { ticketId: 'T1', customerId: 'C1', regionId: 'r' }],
    ['ticket.close', { ticketId: 'T1', regionId: 'r' }],
  ])('%s %j triggers nothing', (type, data) => {
    expect(triggerOf(type, data)).toBeUndefined();
  });
});
