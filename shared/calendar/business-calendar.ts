import dayjs from 'dayjs';
import { localDay } from '../local-time.ts';

/**
 * The tenant's business calendar as a plain value, and the clock arithmetic that deadlines and
 * reading windows run on. Pure: no store, no I/O; the time zone comes in the value. Instants in
 * and out are `Date`s (or ISO-8601 strings in); local dates are `YYYY-MM-DD` in the calendar's
 * time zone. docs/domain.md ("Business calendar") states the rules.
 *
 * - Saturday and Sunday are not working days, unless marked a make-up working day (调休上班).
 * - A public holiday (or a local holiday of the company) is not a working day.
 * - Working hours are intervals of local wall-clock time (`HH:mm`), the same for every working day.
 * - A year the calendar has no data for (not loaded) counts weekends only; every answer that
 *   touched a year without official data says so in `unofficialYears` — never silently.
 */

/** A working-hours interval of local time, `HH:mm`, start before end. */
export interface WorkingInterval {
  start: string;
  end: string;
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'makeup-working';

/** A date that is not what its weekday says: a holiday, or a Saturday/Sunday that is worked. */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'makeup-working';
  name: string;
}

export interface CalendarYear {
  /** Built from (or saved over) official published dates; false: weekends only, or only local days. */
  official: boolean;
  /** This year's working hours, when they differ from the calendar's. */
  workingHours?: readonly WorkingInterval[];
}

export interface BusinessCalendar {
  timeZone: string;
  /** Working hours of a working day (the default of years that do not set their own). */
  workingHours: readonly WorkingInterval[];
  /** Holidays and make-up working days of the loaded years, by local date. */
  days: Readonly<Record<string, CalendarDay>>;
  /** The loaded years (`'2026'`), and whether each is official. */
  years: Readonly<Record<string, CalendarYear>>;
}

/**
 * The company's working hours unless the tenant sets its own: one interval, 08:30–17:30. A
 * working-hours convention of the companies' service halls (营业时间), not a national rule;
 * an admin edits it per year on the calendar page (e.g. 08:30–12:00 and 13:30–17:30).
 */
export const DEFAULT_WORKING_HOURS: readonly WorkingInterval[] = [{ start: '08:30', end: '17:30' }];

/** An answer of the arithmetic, with the years it used that have no official data (sorted; empty: all official). */
export interface CalendarAnswer<T> {
  value: T;
  unofficialYears: number[];
}

export type Instant = Date | string;

const toDate = (at: Instant): Date => (typeof at === 'string' ? new Date(at) : at);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date after a local date (pure date arithmetic, no time zone). */
export function nextDate(date: string, by = 1): string {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + by));
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a local date. */
export function weekday(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

export const isWeekend = (date: string): boolean => [0, 6].includes(weekday(date));

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Whether a year has official data in the calendar (false also for a year not loaded). */
export const isOfficialYear = (cal: BusinessCalendar, year: number): boolean => cal.years[String(year)]?.official === true;

/** What a local date is: a holiday, a make-up working day, a weekend day or a working day. */
export function dayKind(cal: BusinessCalendar, date: string): DayKind {
  const marked = cal.days[date];
  if (marked) return marked.kind;
  return isWeekend(date) ? 'weekend' : 'working';
}

export const isWorkingDay = (cal: BusinessCalendar, date: string): boolean => {
  const kind = dayKind(cal, date);
  return kind === 'working' || kind === 'makeup-working';
};

/** The working hours of a date (its year's, or the calendar's). */
export const workingHoursOn = (cal: BusinessCalendar, date: string): readonly WorkingInterval[] =>
  cal.years[date.slice(0, 4)]?.workingHours ?? cal.workingHours;

/** The local date of an instant in the calendar's time zone. */
export const localDateOf = (cal: BusinessCalendar, at: Instant): string => localDay(toDate(at), cal.timeZone);

/** The instant of a local wall-clock time (`HH:mm`, or `24:00` for the next midnight) on a date. */
export function instantAt(cal: BusinessCalendar, date: string, time: string): Date {
  if (time === '24:00') return instantAt(cal, nextDate(date), '00:00');
  return dayjs.tz(`${date}T${time}:00`, cal.timeZone).toDate();
}

/** Collects the unofficial years an answer touched. */
class Touched {
  private readonly years = new Set<number>();
  constructor(private readonly cal: BusinessCalendar) {}
  day(date: string) {
    const year = yearOf(date);
    if (!isOfficialYear(this.cal, year)) this.years.add(year);
  }
  answer<T>(value: T): CalendarAnswer<T> {
    return { value, unofficialYears: [...this.years].sort((a, b) => a - b) };
  }
}

/** Far more days than any deadline needs: a loop that gets here has a calendar without working days. */
const MAX_DAYS = 3660;
const MINUTE = 60_000;

/** The clocks count forward: a negative or non-finite amount is a caller's bug. */
function forward(what: string, amount: number): void {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`${what}: a finite amount ≥ 0, got ${amount}`);
}

export interface ElapsedOptions {
  /** Holiday time does not count: the clock stops from 00:00 to 24:00 of each holiday (节假日顺延). Default false: 24×7. */
  postponeOverHolidays?: boolean;
  /** With `postponeOverHolidays`: do Saturdays and Sundays (not make-up days) count? Default true. */
  weekendsCount?: boolean;
}

/**
 * `minutes` of elapsed time after an instant. Plain (24×7) by default. With
 * `postponeOverHolidays`, a holiday's whole local day stops the clock (and weekends too with
 * `weekendsCount: false`; make-up working days always count): the time before a holiday counts,
 * the rest runs from 00:00 after it; an instant on a holiday starts counting when the holiday ends.
 *
 * 2026-09-30 10:00 + 48 h over 国庆 (10-01…10-07) → 2026-10-09 10:00;
 * 2026-09-30 23:30 + 2 h → 30 min on 09-30, then 2026-10-08 00:00 + 90 min = 01:30.
 */
export function addElapsed(cal: BusinessCalendar, at: Instant, minutes: number, options: ElapsedOptions = {}): CalendarAnswer<Date> {
  forward('addElapsed', minutes);
  const start = toDate(at);
  const touched = new Touched(cal);
  if (!options.postponeOverHolidays) {
    return touched.answer(new Date(start.getTime() + minutes * MINUTE));
  }
  const weekendsCount = options.weekendsCount ?? true;
  const stopped = (date: string) => {
    const kind = dayKind(cal, date);
    return kind === 'holiday' || (kind === 'weekend' && !weekendsCount);
  };
  let remaining = minutes * MINUTE;
  let t = start.getTime();
  let date = localDateOf(cal, start);
  for (let i = 0; i < MAX_DAYS; i++, date = nextDate(date)) {
    touched.day(date);
    const dayEnd = instantAt(cal, date, '24:00').getTime();
    if (stopped(date)) {
      t = Math.max(t, dayEnd);
      continue;
    }
    if (t + remaining <= dayEnd) return touched.answer(new Date(t + remaining));
    remaining -= dayEnd - t;
    t = dayEnd;
  }
  throw new Error('addElapsed: no countable day within ten years');
}

/** Working intervals of a date as instants [start, end) in ms. */
const intervalsOf = (cal: BusinessCalendar, date: string) =>
  workingHoursOn(cal, date).map((w) => ({ start: instantAt(cal, date, w.start).getTime(), end: instantAt(cal, date, w.end).getTime() }));

/**
 * `minutes` of working time after an instant: only the working hours of working days count. The
 * result is inside (or at the end of) a working interval; an instant outside working hours starts
 * at the next interval's start. 0 minutes outside working hours → the next start of work.
 */
export function addWorkingTime(cal: BusinessCalendar, at: Instant, minutes: number): CalendarAnswer<Date> {
  forward('addWorkingTime', minutes);
  const touched = new Touched(cal);
  let remaining = minutes * MINUTE;
  const t = toDate(at).getTime();
  let date = localDateOf(cal, at);
  for (let i = 0; i < MAX_DAYS; i++, date = nextDate(date)) {
    touched.day(date);
    if (!isWorkingDay(cal, date)) continue;
    for (const interval of intervalsOf(cal, date)) {
      if (t >= interval.end) continue;
      const from = Math.max(t, interval.start);
      if (from + remaining <= interval.end) return touched.answer(new Date(from + remaining));
      remaining -= interval.end - from;
    }
  }
  throw new Error('addWorkingTime: no working day within ten years');
}

/** The end of the working hours of a date (the end of its last interval). */
export const endOfWorkingHours = (cal: BusinessCalendar, date: string): Date => {
  const hours = workingHoursOn(cal, date);
  return instantAt(cal, date, hours[hours.length - 1]!.end);
};

/** The first working day after a date. */
function nextWorkingDay(cal: BusinessCalendar, date: string, touched: Touched): string {
  let d = date;
  for (let i = 0; i < MAX_DAYS; i++) {
    d = nextDate(d);
    touched.day(d);
    if (isWorkingDay(cal, d)) return d;
  }
  throw new Error('no working day within ten years');
}

/**
 * "Within N working days": the end of the working hours of the Nth working day after the
 * instant's local date. The instant's own day never counts, whatever the hour or kind of day:
 * a request on Friday 2026-11-27 15:00 within 2 working days → Monday 11-30 (1), Tuesday 12-01
 * (2) → 2026-12-01 17:30. `days` 0 is `endOfWorkingDay`.
 */
export function addWorkingDays(cal: BusinessCalendar, at: Instant, days: number): CalendarAnswer<Date> {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`addWorkingDays: a whole number of days ≥ 0, got ${days}`);
  if (days === 0) return endOfWorkingDay(cal, at);
  const touched = new Touched(cal);
  let date = localDateOf(cal, at);
  touched.day(date);
  for (let n = 0; n < days; n++) date = nextWorkingDay(cal, date, touched);
  return touched.answer(endOfWorkingHours(cal, date));
}

/**
 * "The same day": the end of working hours of the instant's day when that is a working day and
 * its working hours have not ended; otherwise (after hours, on a weekend or holiday) the end of
 * the next working day.
 */
export function endOfWorkingDay(cal: BusinessCalendar, at: Instant): CalendarAnswer<Date> {
  const touched = new Touched(cal);
  const t = toDate(at);
  const date = localDateOf(cal, t);
  touched.day(date);
  if (isWorkingDay(cal, date) && t.getTime() < endOfWorkingHours(cal, date).getTime()) return touched.answer(endOfWorkingHours(cal, date));
  return touched.answer(endOfWorkingHours(cal, nextWorkingDay(cal, date, touched)));
}

/**
 * Working days after a's local date up to and including b's (the dates in (day(a), day(b)]);
 * negative when b is before a. `workingDaysBetween(a, addWorkingDays(a, n)) = n` for n ≥ 1.
 */
export function workingDaysBetween(cal: BusinessCalendar, a: Instant, b: Instant): CalendarAnswer<number> {
  const from = localDateOf(cal, a);
  const to = localDateOf(cal, b);
  if (to < from) {
    const back = workingDaysBetween(cal, b, a);
    return { ...back, value: -back.value };
  }
  const touched = new Touched(cal);
  touched.day(from);
  let count = 0;
  for (let d = from; d < to; ) {
    d = nextDate(d);
    touched.day(d);
    if (isWorkingDay(cal, d)) count++;
  }
  return touched.answer(count);
}

/** A calendar of a time zone with no year loaded: weekends only, every answer unofficial. */
export const weekendsOnlyCalendar = (timeZone: string, workingHours: readonly WorkingInterval[] = DEFAULT_WORKING_HOURS): BusinessCalendar => ({
  timeZone,
  workingHours,
  days: {},
  years: {},
});
