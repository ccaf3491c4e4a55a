import type { DashboardSectionProvider } from '../../shared/capability.ts';
import { calendarYear } from '../../shared/calendar/calendar-years.ts';
import { zonedParts } from '../../shared/local-time.ts';

/**
 * The dashboard's calendar section: whether the current year — and from December 1 (tenant time)
 * the coming one — has official dates, with the warnings. The same for every role; the console
 * shows the banner to admins, who can fix it.
 */
export const yearsToWatch = (now: Date, timeZone: string): number[] => {
  const { year, month } = zonedParts(now, timeZone);
  return month === 12 ? [year, year + 1] : [year];
};

export const calendarSection: DashboardSectionProvider<'calendar'> = async ({ store, timeZone }) => {
  const years = await Promise.all(yearsToWatch(new Date(), timeZone).map((y) => calendarYear(store, y)));
  return years.map((y) => ({ year: y.year, official: y.official, warnings: y.warnings.map(({ code, message }) => ({ code, message })) }));
};
