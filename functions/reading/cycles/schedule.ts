import { dayKind, instantAt, isOfficialYear, nextDate, type BusinessCalendar } from '../../../shared/calendar/business-calendar.ts';
import type { CustomerClass, MeterPlacement } from '../../../shared/contract/customers.ts';
import type { Cadence, CycleCounts } from '../../../shared/contract/read-cycles.ts';
import type { ReadingCadencePolicy } from '../../../shared/contract/reading-policies.ts';
import type { MeterReadings } from '../../../shared/entities/reading.ts';
import { localDay } from '../../../shared/local-time.ts';

/**
 * When a read book is read (DOMAIN.md › Meter reading; docs/domain.md › Read cycles): pure rules
 * over the tenant's `reading.cadence` policy and business calendar.
 *
 * - A monthly cadence has a period per month (`2026-11`), a quarterly one per quarter (`2026-Q4`)
 *   whose window lies in the quarter's last month.
 * - The window is the days `startDay`…`endDay` of that month in the tenant's time zone. Public
 *   holidays do not count (节假日顺延): a window keeps its number of days that are not holidays,
 *   so a holiday inside it moves its end by a day, and one on its first day moves its start.
 *   Weekends count (readers walk on Saturdays; commercial windows are two days). Make-up working
 *   days are not holidays.
 * - A cycle opens at 00:00 of its first day and closes at 00:00 after its last (`closesAt`).
 */
export type CadenceRule = ReadingCadencePolicy[Cadence];

export interface CycleWindow {
  period: string;
  opensOn: string;
  closesAfter: string;
  opensAt: Date;
  closesAt: Date;
  /** Days the window moved past its nominal last day because of holidays. */
  postponedDays: number;
  /** Years of the window without official calendar data (counted weekends-only). */
  unofficialYears: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of a local date under a cadence. */
export function periodOf(every: CadenceRule['every'], day: string): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return every === 'month' ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The period before one (`2026-01` → `2025-12`, `2026-Q1` → `2025-Q4`). */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const q = /Q(\d)$/.exec(period);
  if (q) return Number(q[1]) === 1 ? `${year - 1}-Q4` : `${year}-Q${Number(q[1]) - 1}`;
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The month a period's window lies in: the month itself, or a quarter's last month. */
export function windowMonth(period: string): { year: number; month: number } {
  const year = Number(period.slice(0, 4));
  const q = /Q(\d)$/.exec(period);
  return { year, month: q ? Number(q[1]) * 3 : Number(period.slice(5, 7)) };
}

/** Far more days than a holiday can push a window (the longest, 春节, is 9). */
const MAX_POSTPONE = 40;

/** The window of a period, postponed over the calendar's holidays. */
export function cycleWindow(cal: BusinessCalendar, rule: CadenceRule, period: string): CycleWindow {
  const { year, month } = windowMonth(period);
  const length = rule.window.endDay - rule.window.startDay + 1;
  const nominalEnd = `${year}-${pad(month)}-${pad(rule.window.endDay)}`;
  const counted: string[] = [];
  const years = new Set<number>();
  let day = `${year}-${pad(month)}-${pad(rule.window.startDay)}`;
  for (let seen = 0; counted.length < length; seen++, day = nextDate(day)) {
    if (seen > length + MAX_POSTPONE) throw new Error(`cycleWindow: no window for ${period} (a calendar of holidays only?)`);
    if (!isOfficialYear(cal, Number(day.slice(0, 4)))) years.add(Number(day.slice(0, 4)));
    if (dayKind(cal, day) !== 'holiday') counted.push(day);
  }
  const opensOn = counted[0]!;
  const closesAfter = counted.at(-1)!;
  return {
    period,
    opensOn,
    closesAfter,
    opensAt: instantAt(cal, opensOn, '00:00'),
    closesAt: instantAt(cal, nextDate(closesAfter), '00:00'),
    postponedDays: Math.round((Date.parse(closesAfter) - Date.parse(nominalEnd)) / 86_400_000),
    unofficialYears: [...years].sort((a, b) => a - b),
  };
}

/**
 * The windows open at an instant: of the period of its local date and of the period before (a
 * window postponed over a holiday can run into the next month). At most one in practice.
 */
export function openWindows(cal: BusinessCalendar, rule: CadenceRule, at: Date): CycleWindow[] {
  const current = periodOf(rule.every, localDay(at, cal.timeZone));
  return [previousPeriod(current), current].map((p) => cycleWindow(cal, rule, p)).filter((w) => w.opensAt.getTime() <= at.getTime() && at.getTime() < w.closesAt.getTime());
}

/**
 * The cadence a book follows when no one set it, from its meters: monthly when any meter must be
 * read monthly. A non-residential customer's meter → commercial; a residential meter outdoors or
 * of unknown placement → residential outdoor (monthly); only indoor residential meters → quarterly.
 */
export function derivedCadence(meters: readonly { customerClass: CustomerClass; placement?: MeterPlacement }[]): Cadence {
  if (meters.some((m) => m.customerClass !== 'residential')) return 'commercial';
  if (meters.length === 0 || meters.some((m) => m.placement !== 'indoor')) return 'residentialOutdoor';
  return 'residentialIndoor';
}

export type MeterCycleStatus = 'read' | 'unread' | 'estimated' | 'gone';

/** A meter of a cycle as the count sees it: absent (removed from the archive) or its status and recent readings. */
export type CycleMeter = { status: string; readings?: MeterReadings } | undefined;

/**
 * A meter's status in a window: read (a measured reading dated in it — an estimate is not a
 * read: 不得估抄), estimated (only an estimate), gone (no longer active and not read: it is not
 * due any more), unread. `accurate`: one of its reads in the window went to billing (no
 * blocking exception held it).
 */
export function meterStatus(meter: CycleMeter, window: Pick<CycleWindow, 'opensAt' | 'closesAt'>): { status: MeterCycleStatus; accurate: boolean } {
  const from = window.opensAt.toISOString();
  const to = window.closesAt.toISOString();
  const inWindow = (meter?.readings?.recent ?? []).filter((r) => r.readAt >= from && r.readAt < to);
  const measured = inWindow.filter((r) => r.source !== 'estimate' && r.source !== 'start');
  if (measured.length) return { status: 'read', accurate: measured.some((r) => r.billable) };
  if (!meter || meter.status !== 'active') return { status: 'gone', accurate: false };
  return { status: inWindow.length ? 'estimated' : 'unread', accurate: false };
}

/** The counts of a cycle from its meters' statuses. */
export function cycleCounts(statuses: readonly { status: MeterCycleStatus; accurate: boolean }[]): CycleCounts {
  const counts: CycleCounts = { due: 0, read: 0, accurate: 0, estimated: 0 };
  for (const s of statuses) {
    if (s.status === 'gone') continue;
    counts.due += 1;
    if (s.status === 'read') counts.read += 1;
    if (s.accurate) counts.accurate += 1;
    if (s.status === 'estimated') counts.estimated += 1;
  }
  return counts;
}

/** read ÷ due and accurate ÷ read; null where the denominator is 0 ("no data", never 0 % or 100 %). */
export const rates = (c: CycleCounts) => ({ readRate: c.due ? c.read / c.due : null, accuracy: c.read ? c.accurate / c.read : null });
