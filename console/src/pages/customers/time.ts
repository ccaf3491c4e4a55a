import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Wall-clock times in the tenant's time zone (dayjs with its utc and timezone plugins, as
 * shared/local-time.ts on the server; the console imports nothing of shared/ at run time). antd's
 * pickers work in the browser's zone; the customer pages show the tenant's clock in them and turn
 * what was picked back into an instant of the tenant's zone (an inspection "at 09:00" is 09:00 in
 * the company's city).
 */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant at which the zone's clock shows a wall time, as ISO-8601. */
export const wallToIso = (wall: Wall, timeZone: string): string =>
  dayjs.tz(`${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00`, timeZone).toISOString();

/** The tenant's clock now, as a picker value (its fields hold the tenant's wall time). */
export function tenantNow(timeZone: string): Dayjs {
  const w = dayjs().tz(timeZone);
  return dayjs(new Date(w.year(), w.month(), w.date(), w.hour(), w.minute()));
}

/** The tenant's calendar day now, `YYYY-MM-DD`. */
export const tenantToday = (timeZone: string) => dayjs().tz(timeZone).format('YYYY-MM-DD');

/** A picked date-time (tenant wall time) as an instant. */
export const pickedToIso = (value: Dayjs, timeZone: string) =>
  wallToIso({ year: value.year(), month: value.month() + 1, day: value.date(), hour: value.hour(), minute: value.minute() }, timeZone);

/** A picked calendar day as `YYYY-MM-DD`. */
export const pickedDay = (value: Dayjs) => value.format('YYYY-MM-DD');

/** After the tenant's today (for "not in the future" pickers). */
export const isAfterTenantToday = (value: Dayjs, timeZone: string) => value.isAfter(tenantNow(timeZone), 'day');

/** A calendar day (`YYYY-MM-DD`, no zone) in the user's language. */
export function formatDay(day: string, language: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** The zone's short name now (GMT+8), for picker labels. */
export function zoneName(language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
