import { daysOf, lastEndedPeriod, monthOf, monthsBetween, monthsOf, periodOf, previousPeriods, within } from '../../shared/periods.ts';

describe('survey periods', () => {
  it.each([
    ['quarterly', '2026-01-01', '2026-Q1'],
    ['quarterly', '2026-03-31', '2026-Q1'],
    ['quarterly', '2026-04-01', '2026-Q2'],
    ['quarterly', '2026-12-31', '2026-Q4'],
    ['half-yearly', '2026-06-30', '2026-H1'],
    ['half-yearly', '2026-07-01', '2026-H2'],
    ['yearly', '2026-11-15', '2026'],
  ] as const)('a %s campaign on %s samples period %s', (schedule, day, period) => {
    expect(periodOf(schedule, day)).toBe(period);
  });

  it.each([
    ['2026-Q4', ['2026-10', '2026-11', '2026-12']],
    ['2026-Q1', ['2026-01', '2026-02', '2026-03']],
    ['2026-H1', ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']],
    ['2026-11', ['2026-11']],
  ])('%s covers %j', (period, months) => {
    expect(monthsOf(period)).toEqual(months);
  });

  it('a year covers its twelve months', () => {
    expect(monthsOf('2026')).toHaveLength(12);
    expect(monthsOf('2026').at(-1)).toBe('2026-12');
  });

  it.each([
    ['2026-11', '2026-Q4', true],
    ['2026-Q4', '2026-Q4', true],
    ['2026-Q4', '2026-H2', true],
    ['2026-Q4', '2026', true],
    ['2026-Q3', '2026-Q4', false],
    ['2026-H2', '2026-Q4', false],
    ['2026-09', '2026-Q4', false],
    ['2025-11', '2026', false],
  ])('%s lies within %s: %s', (period, filter, expected) => {
    expect(within(period, filter)).toBe(expected);
  });

  it('the month of a day', () => expect(monthOf('2026-02-28')).toBe('2026-02'));

  it.each([
    ['2026-12-01T00:00:00Z', '2026-12-31T23:59:59Z', ['2026-12']],
    ['2026-11-30T23:00:00Z', '2027-01-02T00:00:00Z', ['2026-11', '2026-12', '2027-01']],
    ['2026-08-03T01:30:00Z', '2026-11-03T01:30:00Z', ['2026-08', '2026-09', '2026-10', '2026-11']],
    ['2026-12-02T00:00:00Z', '2026-11-02T00:00:00Z', []],
  ])('the UTC months from %s to %s: %j (the expiry partitions a run reads)', (from, to, months) => {
    expect(monthsBetween(new Date(from), new Date(to))).toEqual(months);
  });

  it.each([
    ['quarterly', '2026-10-01', '2026-Q3'],
    ['quarterly', '2026-12-02', '2026-Q3'],
    ['quarterly', '2026-01-01', '2025-Q4'],
    ['quarterly', '2026-03-31', '2025-Q4'],
    ['annual', '2027-01-01', '2026'],
    ['annual', '2026-12-31', '2025'],
  ] as const)('an assessment %s run on %s assesses %s', (kind, day, period) => expect(lastEndedPeriod(kind, day)).toBe(period));

  it.each([
    ['2026-Q2', 4, ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']],
    ['2026-Q1', 1, ['2025-Q4']],
    ['2026', 2, ['2024', '2025']],
    ['2026-Q3', 0, []],
  ] as const)('the periods before %s (%d): %j', (period, count, expected) => expect(previousPeriods(period, count)).toEqual(expected));

  it.each([
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2028-02', '2028-02-01', '2028-02-29'],
  ])('%s runs from %s to %s', (period, first, last) => expect(daysOf(period)).toEqual({ first, last }));
});
