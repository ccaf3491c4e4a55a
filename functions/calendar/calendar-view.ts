import type { CalendarView } from '../../shared/contract/calendar.ts';
import type { ResolvedCalendarYear } from '../../shared/calendar/calendar-years.ts';

/** A resolved year as the API shows it, in the tenant's time zone. */
export const calendarView = (year: ResolvedCalendarYear, timeZone: string): CalendarView => ({
  year: year.year,
  timeZone,
  official: year.official,
  source: year.source,
  workingHours: year.workingHours.map(({ start, end }) => ({ start, end })),
  days: year.days.map(({ date, kind, name, origin }) => ({ date, kind, name, origin })),
  warnings: year.warnings.map(({ code, message }) => ({ code, message })),
  version: year.version,
  updatedAt: year.updatedAt,
  updatedBy: year.updatedBy,
});
