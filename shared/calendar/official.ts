import chineseDays from 'chinese-days';
import type { CalendarDay } from './business-calendar.ts';
import { isWeekend, nextDate } from './business-calendar.ts';

/**
 * A year's official public holidays and make-up working days (调休上班), from the `chinese-days`
 * package (the State Council's published arrangements). Server side only: the console reads them
 * through `GET /v1/calendar/{year}`. The package is a dependency like any other: a new release
 * with next year's dates is an `npm update chinese-days` and a deploy.
 */

/** The package and version the dates come from (a unit test checks it against node_modules). */
export const OFFICIAL_SOURCE = 'chinese-days 1.5.7';

/** Stable codes (the contract's `CALENDAR_WARNINGS`). */
export type CalendarWarningCode = 'official-data-missing' | 'official-data-available';

export interface OfficialWarning {
  code: CalendarWarningCode;
  message: string;
}

export interface OfficialYear {
  year: number;
  /** False when the package has no dates for the year: weekends only. */
  official: boolean;
  /** `OFFICIAL_SOURCE`, or null when the year is not official. */
  source: string | null;
  /** Holidays and make-up working days in date order, named in Chinese (国庆节). */
  days: CalendarDay[];
  warnings: OfficialWarning[];
}

export const officialDataMissing = (year: number): OfficialWarning => ({
  code: 'official-data-missing',
  message: `The public holidays of ${year} are not published or not loaded yet (${OFFICIAL_SOURCE}): the calendar counts weekends only`,
});

/** `"National Day,国庆节,3"` → `国庆节`. */
const chineseName = (detail: string) => detail.split(',')[1]?.trim() || detail;

/** The official days of a year (each date of the year asked once; ~1 ms). */
export function officialYear(year: number): OfficialYear {
  const days: CalendarDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = nextDate(date)) {
    const detail = chineseDays.getDayDetail(date);
    if (!detail.name.includes(',')) continue; // a plain weekday or weekend: "Monday"
    if (!detail.work) days.push({ date, kind: 'holiday', name: chineseName(detail.name) });
    else if (isWeekend(date)) days.push({ date, kind: 'makeup-working', name: `${chineseName(detail.name)}调休上班` });
  }
  const official = days.some((d) => d.kind === 'holiday');
  return official
    ? { year, official, source: OFFICIAL_SOURCE, days, warnings: [] }
    : { year, official, source: null, days: [], warnings: [officialDataMissing(year)] };
}
