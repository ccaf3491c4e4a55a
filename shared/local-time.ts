/**
 * Times are stored in UTC; rules run in the tenant's time zone (default Asia/Shanghai). Pure.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  return f;
}

/** The calendar day (YYYY-MM-DD) and the hour (0–23) and minute of an instant in a time zone. */
export function localParts(at: Date, timeZone = DEFAULT_TIME_ZONE): { day: string; hour: number; minute: number } {
  const parts = Object.fromEntries(format(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24, minute: Number(parts.minute) };
}

export const localDay = (at: Date, timeZone = DEFAULT_TIME_ZONE) => localParts(at, timeZone).day;
