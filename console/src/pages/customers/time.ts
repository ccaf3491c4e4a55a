import dayjs, { type Dayjs } from 'dayjs';

/**
 * Wall-clock times in the tenant's time zone. antd's pickers work in the browser's zone; the
 * customer pages show the tenant's clock in them and turn what was picked back into an instant
 * of the tenant's zone (an inspection "at 09:00" is 09:00 in the company's city).
 */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallOf(instant: Date, timeZone: string): Wall & { second: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallOf(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the zone's clock shows a wall time, as ISO-8601. */
export function wallToIso(wall: Wall, timeZone: string): string {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let at = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  const corrected = guess - offsetMinutes(new Date(at), timeZone) * 60_000; // across a DST change
  if (corrected !== at) at = corrected;
  return new Date(at).toISOString();
}

/** The tenant's clock now, as a picker value (its fields hold the tenant's wall time). */
export function tenantNow(timeZone: string): Dayjs {
  const w = wallOf(new Date(), timeZone);
  return dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute));
}

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
