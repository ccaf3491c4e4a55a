import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Time-zone arithmetic, in one place: times are stored in UTC; rules run in the tenant's time
 * zone (default Asia/Shanghai). dayjs with its utc and timezone plugins (Intl underneath). Pure.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const zoned = (at: Date, timeZone: string) => dayjs(at).tz(timeZone);

/** The wall-clock fields of an instant in a time zone (`dayOfWeek`: 1 = Sunday … 7 = Saturday, as cron counts). */
export function zonedParts(at: Date, timeZone = DEFAULT_TIME_ZONE) {
  const d = zoned(at, timeZone);
  return { year: d.year(), month: d.month() + 1, day: d.date(), hour: d.hour(), minute: d.minute(), dayOfWeek: d.day() + 1 };
}

/** The calendar day (YYYY-MM-DD) and the hour (0–23) and minute of an instant in a time zone. */
export function localParts(at: Date, timeZone = DEFAULT_TIME_ZONE): { day: string; hour: number; minute: number } {
  const d = zoned(at, timeZone);
  return { day: d.format('YYYY-MM-DD'), hour: d.hour(), minute: d.minute() };
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export const localDay = (at: Date, timeZone = DEFAULT_TIME_ZONE) => zoned(at, timeZone).format('YYYY-MM-DD');

/** Midnight of a day (YYYY-MM-DD) in a time zone, as ISO-8601 with its offset (`2024-03-01T00:00:00+08:00`). */
export const localMidnight = (day: string, timeZone = DEFAULT_TIME_ZONE) => dayjs.tz(`${day}T00:00:00`, timeZone).format('YYYY-MM-DDTHH:mm:ssZ');
