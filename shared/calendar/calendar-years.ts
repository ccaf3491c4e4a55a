import type { TenantStore } from '../db/tenant-store.ts';
import type { StoredCalendarDay, StoredCalendarYear } from '../entities/calendar.ts';
import { keys } from '../keys.ts';
import { tenantTimeZone } from '../tenant-profile.ts';
import { DEFAULT_WORKING_HOURS, type BusinessCalendar, type CalendarDay, type WorkingInterval } from './business-calendar.ts';
import { officialDataMissing, officialYear, type OfficialWarning } from './official.ts';

/**
 * The calendar years of a tenant as its capabilities read them: the year an admin saved, else the
 * official one built on the fly. Server side (reads the store); no cache: one GetItem per year.
 */

/** A year of the tenant's calendar, resolved (what `GET /v1/calendar/{year}` shows). */
export interface ResolvedCalendarYear {
  year: number;
  official: boolean;
  source: string | null;
  workingHours: WorkingInterval[];
  days: StoredCalendarDay[];
  warnings: OfficialWarning[];
  /** 0: never saved. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const officialDataAvailable = (year: number, source: string): OfficialWarning => ({
  code: 'official-data-available',
  message: `The public holidays of ${year} are published now (${source}), but this calendar was saved without them: review its days and save it again`,
});

/** Whether a day is exactly as published (same date, kind and name). */
export function originOf(day: CalendarDay, official: readonly CalendarDay[]): 'official' | 'local' {
  return official.some((o) => o.date === day.date && o.kind === day.kind && o.name === day.name) ? 'official' : 'local';
}

/** A saved year with today's warnings (official dates missing, or published since it was saved). */
export function resolveStored(stored: StoredCalendarYear): ResolvedCalendarYear {
  const now = officialYear(stored.year);
  const warnings = stored.official ? [] : now.official ? [officialDataAvailable(stored.year, now.source!)] : [officialDataMissing(stored.year)];
  const { year, official, source, workingHours, days, version, updatedAt, updatedBy } = stored;
  return { year, official, source, workingHours, days, warnings, version, updatedAt, updatedBy };
}

/** The official year as a tenant's never-saved calendar shows it. */
export function resolveOfficial(year: number): ResolvedCalendarYear {
  const o = officialYear(year);
  return {
    year,
    official: o.official,
    source: o.source,
    workingHours: [...DEFAULT_WORKING_HOURS],
    days: o.days.map((d) => ({ ...d, origin: 'official' as const })),
    warnings: o.warnings,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

export const getStoredYear = (store: TenantStore, year: number, consistent = false) =>
  store.get<StoredCalendarYear & { pk: string }>(keys.calendarYear(store.tenantId, year), consistent);

/** A year of the tenant's calendar: saved, else official. One GetItem. */
export async function calendarYear(store: TenantStore, year: number, consistent = false): Promise<ResolvedCalendarYear> {
  const stored = await getStoredYear(store, year, consistent);
  return stored ? resolveStored(stored) : resolveOfficial(year);
}

/** At most this many years in one calendar (a deadline spans days, a reading window months). */
export const MAX_LOADED_YEARS = 10;

/**
 * The tenant's `BusinessCalendar` covering the years `from`…`to` (saved or official; one GetItem
 * per year, in parallel), in the tenant's time zone. Years outside it count weekends only and the
 * arithmetic reports them (`unofficialYears`); so do loaded years without official dates.
 */
export async function loadBusinessCalendar(store: TenantStore, range: { from: number; to: number }): Promise<BusinessCalendar> {
  const { from, to } = range;
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from >= MAX_LOADED_YEARS) {
    throw new Error(`loadBusinessCalendar: a range of 1–${MAX_LOADED_YEARS} years, got ${from}–${to}`);
  }
  const list = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const [timeZone, years] = await Promise.all([tenantTimeZone(store), Promise.all(list.map((y) => calendarYear(store, y)))]);
  const days: Record<string, CalendarDay> = {};
  for (const y of years) for (const d of y.days) days[d.date] = { date: d.date, kind: d.kind, name: d.name };
  return {
    timeZone,
    // The last year's hours are the calendar's; each year keeps its own.
    workingHours: years[years.length - 1]!.workingHours,
    days,
    years: Object.fromEntries(years.map((y) => [String(y.year), { official: y.official, workingHours: y.workingHours }])),
  };
}
