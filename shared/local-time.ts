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

/** Minutes since local midnight of an `HH:mm` time of day. */
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Whether an instant falls in a daily window of the tenant's wall clock; a window whose end is
 * before its start runs over midnight (22:00–06:00). The start is inside, the end is not.
 */
export function inDailyWindow(at: Date, window: { start: string; end: string }, timeZone = DEFAULT_TIME_ZONE): boolean {
  const { hour, minute } = localParts(at, timeZone);
  const now = hour * 60 + minute;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first instant at or after `at` that is outside a daily window (`at` itself when it is outside). */
export function endOfDailyWindow(at: Date, window: { start: string; end: string }, timeZone = DEFAULT_TIME_ZONE): Date {
  if (!inDailyWindow(at, window, timeZone)) return at;
  const local = zoned(at, timeZone);
  let end = dayjs.tz(`${local.format('YYYY-MM-DD')}T${window.end}:00`, timeZone);
  if (!end.isAfter(local)) end = dayjs.tz(`${local.add(1, 'day').format('YYYY-MM-DD')}T${window.end}:00`, timeZone);
  return end.toDate();
}

/** An instant as people read it in notices, on the tenant's wall clock: `2026年12月1日 23:20`. */
export const localDateTimeText = (at: Date, timeZone = DEFAULT_TIME_ZONE) => zoned(at, timeZone).format('YYYY年M月D日 HH:mm');

/** The UTC instants [start, end) of a tenant-local day (YYYY-MM-DD). */
export function localDayBounds(day: string, timeZone = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const start = dayjs.tz(`${day}T00:00:00`, timeZone);
  return { start: start.toDate(), end: dayjs.tz(`${start.add(1, 'day').format('YYYY-MM-DD')}T00:00:00`, timeZone).toDate() };
}
