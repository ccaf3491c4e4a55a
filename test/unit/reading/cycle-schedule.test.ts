import { readingCadencePolicy } from '../../../shared/contract/reading-policies.ts';
import type { ReadingHistoryEntry } from '../../../shared/entities/reading.ts';
import { cycleCounts, cycleWindow, derivedCadence, meterStatus, openWindows, periodOf, previousPeriod, rates, type CadenceRule, type CycleMeter } from '../../../functions/reading/cycles/schedule.ts';
import { periodSort } from '../../../shared/keys.ts';
import { calendar2026 } from '../calendar/fixtures.ts';

const cal = calendar2026();
const { commercial, residentialOutdoor: outdoor, residentialIndoor: indoor } = readingCadencePolicy.defaults;

describe('periods', () => {
  const CASES: [CadenceRule['every'], string, string, string][] = [
    ['month', '2026-11-30', '2026-11', '2026-10'],
    ['month', '2026-01-05', '2026-01', '2025-12'],
    ['quarter', '2026-12-20', '2026-Q4', '2026-Q3'],
    ['quarter', '2026-02-01', '2026-Q1', '2025-Q4'],
    ['quarter', '2026-07-01', '2026-Q3', '2026-Q2'],
  ];
  test.each(CASES)('%s of %s is %s, the one before %s', (every, day, period, previous) => {
    expect(periodOf(every, day)).toBe(period);
    expect(previousPeriod(period)).toBe(previous);
  });

  test('a quarter sorts with the month it is read in, so newest-first lists are in the order of time', () => {
    const periods = ['2026-Q3', '2026-11', '2026-Q4', '2026-12', '2026-10', '2027-01'];
    expect([...periods].sort((a, b) => periodSort(a).localeCompare(periodSort(b)))).toEqual(['2026-Q3', '2026-10', '2026-11', '2026-12', '2026-Q4', '2027-01']);
  });
});

describe('cycleWindow: the window of a period, postponed over public holidays (official 2026, Asia/Shanghai)', () => {
  /** [what, rule, period, opensOn, closesAfter, postponedDays]. */
  const CASES: [string, CadenceRule, string, string, string, number][] = [
    ['an ordinary month', outdoor, '2026-11', '2026-11-20', '2026-11-25', 0],
    ['weekends count (2026-12-20 is a Sunday)', outdoor, '2026-12', '2026-12-20', '2026-12-25', 0],
    ['春节 20–23 Feb: opens on the 24th, keeps its 6 days, ends 1 March', outdoor, '2026-02', '2026-02-24', '2026-03-01', 4],
    ['端午 19–21 Jun: the 20th and 21st move it two days', outdoor, '2026-06', '2026-06-22', '2026-06-27', 2],
    ['中秋 25–27 Sep: the make-up Sunday 20th counts, the end moves past the holiday to the 28th', outdoor, '2026-09', '2026-09-20', '2026-09-28', 3],
    ['commercial 22–23 in 春节: 24–25 Feb', commercial, '2026-02', '2026-02-24', '2026-02-25', 2],
    ['commercial 22–23 in October (after 国庆)', commercial, '2026-10', '2026-10-22', '2026-10-23', 0],
    ["indoor quarterly: the quarter's last month", indoor, '2026-Q4', '2026-12-20', '2026-12-25', 0],
    ['indoor Q1: March 20–25', indoor, '2026-Q1', '2026-03-20', '2026-03-25', 0],
  ];
  test.each(CASES)('%s', (_what, rule, period, opensOn, closesAfter, postponed) => {
    const w = cycleWindow(cal, rule, period);
    expect({ opensOn: w.opensOn, closesAfter: w.closesAfter, postponedDays: w.postponedDays, unofficialYears: w.unofficialYears }).toEqual({ opensOn, closesAfter, postponedDays: postponed, unofficialYears: [] });
    // Midnight to midnight in the tenant's time zone.
    expect(w.opensAt.toISOString()).toBe(new Date(`${opensOn}T00:00:00+08:00`).toISOString());
    expect(w.closesAt.getTime() - new Date(`${closesAfter}T00:00:00+08:00`).getTime()).toBe(86_400_000);
  });

  test('a year without calendar data counts weekends only and says so', () => {
    const w = cycleWindow(cal, outdoor, '2027-02');
    expect(w).toMatchObject({ opensOn: '2027-02-20', closesAfter: '2027-02-25', unofficialYears: [2027] });
  });

  test('a window of 28 holidays cannot be placed: an error, not an endless loop', () => {
    const holidays = Object.fromEntries(Array.from({ length: 80 }, (_, i) => new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10)).map((d) => [d, { date: d, kind: 'holiday' as const, name: 'x' }]));
    expect(() => cycleWindow({ ...cal, days: holidays }, outdoor, '2026-03')).toThrow(/no window/);
  });
});

describe('openWindows: the windows open at an instant', () => {
  const CASES: [string, CadenceRule, string, string[]][] = [
    ['the first instant of the window', outdoor, '2026-11-20T00:00:00+08:00', ['2026-11']],
    ['the last second before it opens', outdoor, '2026-11-19T23:59:59+08:00', []],
    ['the last minute of the last day', outdoor, '2026-11-25T23:59:00+08:00', ['2026-11']],
    ['midnight after the last day', outdoor, '2026-11-26T00:00:00+08:00', []],
    ["1 March: February's window postponed by 春节 is still open", outdoor, '2026-03-01T12:00:00+08:00', ['2026-02']],
    ['20 February (a holiday): not open yet', outdoor, '2026-02-20T12:00:00+08:00', []],
    ['a quarterly window in the first month of the quarter: none', indoor, '2026-10-22T12:00:00+08:00', []],
    ['a quarterly window in its month', indoor, '2026-12-22T12:00:00+08:00', ['2026-Q4']],
  ];
  test.each(CASES)('%s', (_what, rule, at, periods) => {
    expect(openWindows(cal, rule, new Date(at)).map((w) => w.period)).toEqual(periods);
  });
});

describe('derivedCadence: the cadence of a book nobody set', () => {
  const CASES: [string, Parameters<typeof derivedCadence>[0], string][] = [
    ['no meters', [], 'residentialOutdoor'],
    ['residential indoor only', [{ customerClass: 'residential', placement: 'indoor' }], 'residentialIndoor'],
    ['residential, placement unknown: read monthly', [{ customerClass: 'residential' }, { customerClass: 'residential', placement: 'indoor' }], 'residentialOutdoor'],
    ['residential outdoor and indoor: monthly', [{ customerClass: 'residential', placement: 'outdoor' }, { customerClass: 'residential', placement: 'indoor' }], 'residentialOutdoor'],
    ['one commercial meter makes it commercial', [{ customerClass: 'residential', placement: 'indoor' }, { customerClass: 'commercial', placement: 'indoor' }], 'commercial'],
    ['public welfare reads like commercial', [{ customerClass: 'public-welfare' }], 'commercial'],
  ];
  test.each(CASES)('%s', (_what, meters, cadence) => expect(derivedCadence(meters)).toBe(cadence));
});

describe("meterStatus and cycleCounts: a meter's status in a window", () => {
  const window = { opensAt: new Date('2026-11-20T00:00:00+08:00'), closesAt: new Date('2026-11-26T00:00:00+08:00') };
  const entry = (readAt: string, source: ReadingHistoryEntry['source'], billable = true): ReadingHistoryEntry => ({ readingId: 'r', readAt: new Date(readAt).toISOString(), value: 1, consumption: 1, days: 30, source, billable });
  const meter = (status: string, ...recent: ReadingHistoryEntry[]): CycleMeter => ({ status, ...(recent.length ? { readings: { last: { readingId: 'r', value: 1, readAt: recent[0]!.readAt, source: 'field' }, recent } } : {}) });

  const CASES: [string, CycleMeter, { status: string; accurate: boolean }][] = [
    ['read in the window', meter('active', entry('2026-11-21T10:00:00+08:00', 'field')), { status: 'read', accurate: true }],
    ['read remotely in the window', meter('active', entry('2026-11-25T23:59:59+08:00', 'remote')), { status: 'read', accurate: true }],
    ['read but held by a blocking exception: read, not accurate', meter('active', entry('2026-11-21T10:00:00+08:00', 'field', false)), { status: 'read', accurate: false }],
    ['read before the window opened', meter('active', entry('2026-11-19T23:59:59+08:00', 'field')), { status: 'unread', accurate: false }],
    ['read at the instant it closed', meter('active', entry('2026-11-26T00:00:00+08:00', 'field')), { status: 'unread', accurate: false }],
    ['only an estimate: not a read (不得估抄)', meter('active', entry('2026-11-25T23:59:59+08:00', 'estimate')), { status: 'estimated', accurate: false }],
    ['never read', meter('active'), { status: 'unread', accurate: false }],
    ['removed and not read: not due', meter('removed'), { status: 'gone', accurate: false }],
    ['removed after being read: read', meter('removed', entry('2026-11-21T10:00:00+08:00', 'field')), { status: 'read', accurate: true }],
    ['no longer in the archive', undefined, { status: 'gone', accurate: false }],
  ];
  test.each(CASES)('%s', (_what, m, expected) => expect(meterStatus(m, window)).toEqual(expected));

  test('counts and rates: gone meters are not due; no data is null, never 0 % or 100 %', () => {
    const statuses = CASES.map(([, m]) => meterStatus(m, window));
    const counts = cycleCounts(statuses);
    expect(counts).toEqual({ due: 8, read: 4, accurate: 3, estimated: 1 });
    expect(rates(counts)).toEqual({ readRate: 0.5, accuracy: 0.75 });
    expect(rates({ due: 0, read: 0, accurate: 0, estimated: 0 })).toEqual({ readRate: null, accuracy: null });
    expect(rates({ due: 3, read: 0, accurate: 0, estimated: 0 })).toEqual({ readRate: 0, accuracy: null });
  });
});
