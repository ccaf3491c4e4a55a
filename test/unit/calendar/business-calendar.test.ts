import {
  addElapsed,
  addWorkingDays,
  addWorkingTime,
  dayKind,
  endOfWorkingDay,
  isWorkingDay,
  weekendsOnlyCalendar,
  workingDaysBetween,
  type DayKind,
  type ElapsedOptions,
} from '../../../shared/calendar/business-calendar.ts';
import { calendar2026, random, SPLIT_HOURS } from './fixtures.ts';

const cal = calendar2026();
const split = calendar2026(SPLIT_HOURS);
const iso = (d: Date) => d.toISOString();
const at = (local: string) => new Date(local); // written with +08:00

describe('dayKind and isWorkingDay (Asia/Shanghai, official 2026)', () => {
  /** [date, kind]: weekends, holidays, make-up days, ordinary days, a year not loaded. */
  const CASES: [string, DayKind][] = [
    ['2026-01-01', 'holiday'], // 元旦, a Thursday
    ['2026-01-03', 'holiday'], // 元旦, a Saturday
    ['2026-01-04', 'makeup-working'], // Sunday worked
    ['2026-01-05', 'working'],
    ['2026-01-10', 'weekend'],
    ['2026-02-14', 'makeup-working'], // Saturday before 春节
    ['2026-02-23', 'holiday'], // last day of 春节, a Monday
    ['2026-02-24', 'working'],
    ['2026-02-28', 'makeup-working'],
    ['2026-04-06', 'holiday'],
    ['2026-05-05', 'holiday'],
    ['2026-05-09', 'makeup-working'],
    ['2026-06-19', 'holiday'],
    ['2026-09-20', 'makeup-working'],
    ['2026-09-27', 'holiday'],
    ['2026-09-30', 'working'],
    ['2026-10-07', 'holiday'],
    ['2026-10-10', 'makeup-working'],
    ['2026-10-11', 'weekend'],
    ['2026-11-27', 'working'], // a Friday
    ['2026-11-28', 'weekend'],
    ['2027-01-01', 'working'], // not loaded: weekends only (元旦 2027 unknown)
    ['2027-01-02', 'weekend'],
  ];
  it.each(CASES)('%s is %s', (date, kind) => {
    expect(dayKind(cal, date)).toBe(kind);
    expect(isWorkingDay(cal, date)).toBe(kind === 'working' || kind === 'makeup-working');
  });
});

describe('addElapsed', () => {
  type Case = [string, string, number, ElapsedOptions, string, number[]?];
  /** [case, from (local), minutes, options, expected (UTC), unofficial years]. */
  const CASES: Case[] = [
    ['plain 24×7 over 国庆', '2026-09-30T10:00:00+08:00', 48 * 60, {}, '2026-10-02T02:00:00.000Z'],
    ['complaint 48 h over 国庆: holidays do not count', '2026-09-30T10:00:00+08:00', 48 * 60, { postponeOverHolidays: true }, '2026-10-09T02:00:00.000Z'],
    ['23:30 before 国庆 + 2 h: 30 min count, 90 min from 10-08 00:00', '2026-09-30T23:30:00+08:00', 120, { postponeOverHolidays: true }, '2026-10-07T17:30:00.000Z'],
    ['23:30 local is 15:30Z: the local date decides', '2026-09-30T15:30:00Z', 30, { postponeOverHolidays: true }, '2026-09-30T16:00:00.000Z'],
    ['received on a holiday: counts from the end of the holiday', '2026-10-03T14:00:00+08:00', 60, { postponeOverHolidays: true }, '2026-10-07T17:00:00.000Z'],
    ['weekends count by default', '2026-11-27T15:00:00+08:00', 24 * 60, { postponeOverHolidays: true }, '2026-11-28T07:00:00.000Z'],
    ['weekends do not count with weekendsCount: false', '2026-11-27T15:00:00+08:00', 24 * 60, { postponeOverHolidays: true, weekendsCount: false }, '2026-11-30T07:00:00.000Z'],
    ['a make-up Saturday counts even without weekends', '2026-02-13T12:00:00+08:00', 24 * 60, { postponeOverHolidays: true, weekendsCount: false }, '2026-02-14T04:00:00.000Z'],
    ['春节: 9 days stop the clock', '2026-02-14T12:00:00+08:00', 24 * 60, { postponeOverHolidays: true }, '2026-02-24T04:00:00.000Z'],
    ['ending exactly at midnight before a holiday', '2026-09-30T23:30:00+08:00', 30, { postponeOverHolidays: true }, '2026-09-30T16:00:00.000Z'],
    ['into a year not loaded: weekends only, and says so', '2026-12-31T10:00:00+08:00', 48 * 60, { postponeOverHolidays: true }, '2027-01-02T02:00:00.000Z', [2027]],
  ];
  it.each(CASES)('%s', (_name, from, minutes, options, expected, unofficial = []) => {
    const answer = addElapsed(cal, at(from), minutes, options);
    expect(iso(answer.value)).toBe(expected);
    expect(answer.unofficialYears).toEqual(unofficial);
  });

  it('takes ISO strings as well as Dates', () => {
    expect(iso(addElapsed(cal, '2026-09-30T10:00:00+08:00', 60).value)).toBe('2026-09-30T03:00:00.000Z');
  });
});

describe('addWorkingTime', () => {
  type Case = [string, typeof cal, string, number, string];
  const CASES: Case[] = [
    ['within the day', cal, '2026-11-27T09:00:00+08:00', 60, '2026-11-27T02:00:00.000Z'],
    ['Friday afternoon into Monday', cal, '2026-11-27T17:00:00+08:00', 60, '2026-11-30T01:00:00.000Z'],
    ['before hours starts at 08:30', cal, '2026-11-30T07:00:00+08:00', 30, '2026-11-30T01:00:00.000Z'],
    ['over the lunch break', split, '2026-11-30T11:30:00+08:00', 60, '2026-11-30T06:00:00.000Z'],
    ['in the lunch break starts at 13:30', split, '2026-11-30T12:15:00+08:00', 30, '2026-11-30T06:00:00.000Z'],
    ['ending exactly at the end of the morning', split, '2026-11-30T11:00:00+08:00', 60, '2026-11-30T04:00:00.000Z'],
    ['over 国庆 to the next working day', cal, '2026-09-30T17:00:00+08:00', 60, '2026-10-08T01:00:00.000Z'],
    ['a make-up Saturday is worked (10-10)', cal, '2026-10-09T17:00:00+08:00', 60, '2026-10-10T01:00:00.000Z'],
    ['23:30 local (15:30Z) after hours: next morning', cal, '2026-11-26T15:30:00Z', 30, '2026-11-27T01:00:00.000Z'],
    ['0 minutes after hours: the next start of work', cal, '2026-11-27T18:00:00+08:00', 0, '2026-11-30T00:30:00.000Z'],
    ['9 working hours is one whole day', cal, '2026-11-27T08:30:00+08:00', 9 * 60, '2026-11-27T09:30:00.000Z'],
  ];
  it.each(CASES)('%s', (_name, c, from, minutes, expected) => {
    expect(iso(addWorkingTime(c, at(from), minutes).value)).toBe(expected);
  });
});

describe('addWorkingDays and endOfWorkingDay', () => {
  type Case = [string, string, number, string, number[]?];
  /** days < 0 means endOfWorkingDay. */
  const CASES: Case[] = [
    ['within 2 working days of Friday 15:00: end of Tuesday', '2026-11-27T15:00:00+08:00', 2, '2026-12-01T09:30:00.000Z'],
    ['within 2 working days of Saturday', '2026-11-28T10:00:00+08:00', 2, '2026-12-01T09:30:00.000Z'],
    ['within 1 working day of 09-30: over 国庆 to 10-08', '2026-09-30T10:00:00+08:00', 1, '2026-10-08T09:30:00.000Z'],
    ['within 2 working days of 10-09: the make-up Saturday counts', '2026-10-09T10:00:00+08:00', 2, '2026-10-12T09:30:00.000Z'],
    ['within 2 working days of 12-30 runs into 2027 (not loaded)', '2026-12-30T10:00:00+08:00', 2, '2027-01-01T09:30:00.000Z', [2027]],
    ['same day, within hours', '2026-11-27T10:00:00+08:00', -1, '2026-11-27T09:30:00.000Z'],
    ['same day, after hours: end of the next working day', '2026-11-27T18:00:00+08:00', -1, '2026-11-30T09:30:00.000Z'],
    ['same day, on a holiday: end of the next working day', '2026-10-01T10:00:00+08:00', -1, '2026-10-08T09:30:00.000Z'],
    ['same day, 23:30 local (15:30Z) after hours: end of the next working day', '2026-11-26T15:30:00Z', -1, '2026-11-27T09:30:00.000Z'],
    ['0 working days is the same day', '2026-11-27T10:00:00+08:00', 0, '2026-11-27T09:30:00.000Z'],
  ];
  it.each(CASES)('%s', (_name, from, days, expected, unofficial = []) => {
    const answer = days < 0 ? endOfWorkingDay(cal, at(from)) : addWorkingDays(cal, at(from), days);
    expect(iso(answer.value)).toBe(expected);
    expect(answer.unofficialYears).toEqual(unofficial);
  });

  it('ends at the end of the last interval with split hours', () => {
    expect(iso(addWorkingDays(split, at('2026-11-27T15:00:00+08:00'), 2).value)).toBe('2026-12-01T09:30:00.000Z');
  });
});

describe('workingDaysBetween', () => {
  const CASES: [string, string, number][] = [
    ['2026-11-27T15:00:00+08:00', '2026-12-01T10:00:00+08:00', 2],
    ['2026-09-30T10:00:00+08:00', '2026-10-08T10:00:00+08:00', 1],
    ['2026-09-30T10:00:00+08:00', '2026-10-10T10:00:00+08:00', 3],
    ['2026-11-27T10:00:00+08:00', '2026-11-27T18:00:00+08:00', 0],
    ['2026-12-01T10:00:00+08:00', '2026-11-27T15:00:00+08:00', -2],
    ['2026-11-26T16:30:00Z', '2026-11-27T01:00:00Z', 0], // UTC dates 11-26 and 11-27, both local 11-27
    ['2026-11-26T15:30:00Z', '2026-11-27T01:00:00Z', 1], // 23:30 local 11-26 → 09:00 local 11-27
  ];
  it.each(CASES)('%s → %s is %d', (a, b, n) => {
    expect(workingDaysBetween(cal, at(a), at(b)).value).toBe(n);
  });
});

describe('refusals', () => {
  it('counts forward only', () => {
    expect(() => addElapsed(cal, '2026-09-30T10:00:00+08:00', -1)).toThrow(RangeError);
    expect(() => addWorkingTime(cal, '2026-09-30T10:00:00+08:00', Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-09-30T10:00:00+08:00', 1.5)).toThrow(RangeError);
  });
});

describe('a calendar without data', () => {
  it('counts weekends only and reports every year it used as unofficial', () => {
    const bare = weekendsOnlyCalendar('Asia/Shanghai');
    const answer = addWorkingDays(bare, at('2026-09-30T10:00:00+08:00'), 1);
    expect(iso(answer.value)).toBe('2026-10-01T09:30:00.000Z');
    expect(answer.unofficialYears).toEqual([2026]);
  });
});

describe('properties (seeded random instants over 2026)', () => {
  const next = random(20261201);
  const START = Date.parse('2026-01-01T00:00:00+08:00');
  const SPAN = 360 * 86_400_000;
  const samples = Array.from({ length: 300 }, () => ({ at: new Date(START + Math.floor(next() * SPAN)), minutes: Math.floor(next() * 3000), days: 1 + Math.floor(next() * 10) }));
  const local = (d: Date) => {
    const s = d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }); // "2026-10-08 09:30:00"
    return { date: s.slice(0, 10), time: s.slice(11, 16) };
  };

  it('addWorkingTime lands inside the working hours of a working day', () => {
    for (const { at: from, minutes } of samples) {
      const result = addWorkingTime(split, from, minutes + 1).value;
      const { date, time } = local(result);
      expect({ from: iso(from), minutes, date, working: isWorkingDay(split, date) }).toMatchObject({ working: true });
      expect(SPLIT_HOURS.some((w) => w.start < time && time <= w.end)).toBe(true);
      expect(result.getTime()).toBeGreaterThan(from.getTime());
    }
  });

  it('workingDaysBetween counts back what addWorkingDays added, and grows with b', () => {
    for (const { at: from, days, minutes } of samples) {
      expect(workingDaysBetween(cal, from, addWorkingDays(cal, from, days).value).value).toBe(days);
      const b1 = new Date(from.getTime() + minutes * 60_000);
      const b2 = new Date(b1.getTime() + minutes * 30_000);
      expect(workingDaysBetween(cal, from, b2).value).toBeGreaterThanOrEqual(workingDaysBetween(cal, from, b1).value);
    }
  });

  it('addElapsed over holidays is never earlier than plain elapsed time', () => {
    for (const { at: from, minutes } of samples) {
      expect(addElapsed(cal, from, minutes, { postponeOverHolidays: true }).value.getTime()).toBeGreaterThanOrEqual(addElapsed(cal, from, minutes).value.getTime());
    }
  });
});
