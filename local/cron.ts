import { zonedParts } from '../shared/local-time.ts';

/**
 * EventBridge Scheduler expressions, evaluated locally: `cron(min hour dom month dow year)` in a
 * time zone, and `rate(N unit)`. The local scheduler asks, once a minute, which schedules are due.
 * Supported: `*`, `?`, numbers, lists, ranges and steps (what the schedule manifest uses); `L`, `W`
 * and `#` are refused at start-up rather than silently never firing.
 */
export type Expression = { kind: 'cron'; fields: Set<number>[] | null[] } | { kind: 'rate'; minutes: number };

const RANGES: [number, number][] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [1, 7], // day of week (1 = Sunday, as in EventBridge)
  [1970, 2199], // year
];
const DOW_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function parseExpression(expression: string): Expression {
  const rate = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!.startsWith('minute') ? 1 : rate[2]!.startsWith('hour') ? 60 : 1440;
    return { kind: 'rate', minutes: n * unit };
  }
  const cron = /^cron\((.+)\)$/.exec(expression);
  const parts = cron?.[1]!.trim().split(/\s+/);
  if (!parts || parts.length !== 6) throw new Error(`not a schedule expression: ${expression}`);
  return { kind: 'cron', fields: parts.map((p, i) => parseField(p, i, expression)) as Set<number>[] };
}

function parseField(field: string, index: number, expression: string): Set<number> | null {
  if (field === '*' || field === '?') return null;
  const withoutNames = [...DOW_NAMES, ...MONTH_NAMES].reduce((f, name) => f.replaceAll(name, ''), field.toUpperCase());
  if (/[LW#]/.test(withoutNames)) throw new Error(`unsupported cron syntax "${field}" in ${expression}`);
  const [lo, hi] = RANGES[index]!;
  const names = index === 4 ? DOW_NAMES : index === 3 ? MONTH_NAMES : [];
  const value = (s: string) => {
    const named = names.indexOf(s.toUpperCase());
    const n = named >= 0 ? named + 1 : Number(s);
    if (!Number.isInteger(n) || n < lo || n > hi) throw new Error(`"${s}" out of range in ${expression}`);
    return n;
  };
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    const [from, to] = range === '*' ? [lo, hi] : range!.includes('-') ? range!.split('-').map(value) : [value(range!), stepText ? hi : value(range!)];
    for (let n = from!; n <= to!; n += step) out.add(n);
  }
  return out;
}

/** Whether the schedule fires in the minute that contains `at`. */
export function isDue(expression: Expression, at: Date, timeZone: string): boolean {
  if (expression.kind === 'rate') return Math.floor(at.getTime() / 60000) % expression.minutes === 0;
  const p = zonedParts(at, timeZone);
  const values = [p.minute, p.hour, p.day, p.month, p.dayOfWeek, p.year];
  return expression.fields.every((set, i) => set === null || set.has(values[i]!));
}
