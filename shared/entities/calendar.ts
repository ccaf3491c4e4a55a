import type { CalendarDay, WorkingInterval } from '../calendar/business-calendar.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/** A day of a saved year, with where it came from: as published (`official`) or the tenant's (`local`). */
export interface StoredCalendarDay extends CalendarDay {
  origin: 'official' | 'local';
}

/** A year of the business calendar as an admin saved it (`keys.calendarYear`). */
export interface StoredCalendarYear {
  year: number;
  /** Official dates were available (and the base) when it was saved. */
  official: boolean;
  /** The official dates' source at that time (`chinese-days 1.5.7`), or null. */
  source: string | null;
  workingHours: WorkingInterval[];
  days: StoredCalendarDay[];
  version: number;
  updatedAt: string;
  /** Username of the admin who saved it. */
  updatedBy: string;
}

export const calendarYearItem = (tenantId: string, c: StoredCalendarYear): Item => ({ ...keys.calendarYear(tenantId, c.year), entity: 'calendar-year', ...c });
