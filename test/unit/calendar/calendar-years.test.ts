import { calendarChanges } from '../../../functions/calendar/calendar-changes.ts';
import { yearsToWatch } from '../../../functions/calendar/calendar-summary.ts';
import { originOf, resolveOfficial, resolveStored } from '../../../shared/calendar/calendar-years.ts';
import { officialYear } from '../../../shared/calendar/official.ts';
import type { StoredCalendarYear } from '../../../shared/entities/calendar.ts';

const saved = (year: number, official: boolean): StoredCalendarYear => ({
  year,
  official,
  source: official ? 'chinese-days 1.5.7' : null,
  workingHours: [{ start: '08:30', end: '17:30' }],
  days: [],
  version: 3,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'admin',
});

describe('a year of the tenant calendar', () => {
  /** [case, stored, warning codes]. */
  const CASES: [string, StoredCalendarYear, string[]][] = [
    ['saved over official dates', saved(2026, true), []],
    ['saved without official dates, still none (2027)', saved(2027, false), ['official-data-missing']],
    ['saved without official dates, published since (2026): not mixed silently', saved(2026, false), ['official-data-available']],
  ];
  it.each(CASES)('%s', (_name, stored, codes) => {
    expect(resolveStored(stored).warnings.map((w) => w.code)).toEqual(codes);
    expect(resolveStored(stored)).toMatchObject({ version: 3, official: stored.official });
  });

  it('never saved: the official dates, version 0, default working hours', () => {
    expect(resolveOfficial(2026)).toMatchObject({ version: 0, official: true, workingHours: [{ start: '08:30', end: '17:30' }], updatedAt: null });
    expect(resolveOfficial(2027)).toMatchObject({ version: 0, official: false, days: [] });
  });

  it('a day is official only exactly as published', () => {
    const official = officialYear(2026).days;
    expect(originOf({ date: '2026-10-01', kind: 'holiday', name: '国庆节' }, official)).toBe('official');
    expect(originOf({ date: '2026-10-01', kind: 'holiday', name: '国庆' }, official)).toBe('local');
    expect(originOf({ date: '2026-11-30', kind: 'holiday', name: '国庆节' }, official)).toBe('local');
  });

  it('watches the coming year from December 1 in the tenant time zone', () => {
    expect(yearsToWatch(new Date('2026-11-30T15:59:00Z'), 'Asia/Shanghai')).toEqual([2026]);
    expect(yearsToWatch(new Date('2026-11-30T16:00:00Z'), 'Asia/Shanghai')).toEqual([2026, 2027]); // 12-01 00:00 local
    expect(yearsToWatch(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toEqual([2027]);
  });
});

describe('what a save changed (the audit detail)', () => {
  it('lists days added, removed and changed, and the working hours', () => {
    const hours = [{ start: '08:30', end: '17:30' }];
    const before = { workingHours: hours, days: [{ date: '2026-10-01', kind: 'holiday' as const, name: '国庆节', origin: 'official' as const }, { date: '2026-10-02', kind: 'holiday' as const, name: '国庆节', origin: 'official' as const }] };
    const after = {
      workingHours: [{ start: '09:00', end: '17:00' }],
      days: [{ date: '2026-10-01', kind: 'holiday' as const, name: '国庆', origin: 'local' as const }, { date: '2026-11-30', kind: 'holiday' as const, name: '公司成立日', origin: 'local' as const }],
    };
    expect(calendarChanges(before, after)).toEqual({
      added: ['2026-11-30 holiday 公司成立日'],
      removed: ['2026-10-02 holiday 国庆节'],
      changed: ['2026-10-01 holiday 国庆'],
      workingHours: { from: '08:30–17:30', to: '09:00–17:00' },
      summary: '1 added, 1 removed, 1 changed, working hours 09:00–17:00',
    });
    expect(calendarChanges(before, before).summary).toBe('no change');
  });
});
