import type { SurveySchedule } from './contract/surveys.ts';

/**
 * Reporting periods, pure: quarters (`2026-Q4`), half-years (`2026-H2`), years (`2026`) and months
 * (`2026-11`) of the tenant's calendar. A periodic survey campaign samples once per period of its
 * schedule; figures (survey answers, ticket facts) go by month; assessments by quarter and year.
 * Every function takes a tenant-local day (`YYYY-MM-DD`) or a period, never an instant.
 */
export function periodOf(schedule: SurveySchedule, localDay: string): string {
  const year = localDay.slice(0, 4);
  const month = Number(localDay.slice(5, 7));
  if (schedule === 'quarterly') return `${year}-Q${Math.ceil(month / 3)}`;
  if (schedule === 'half-yearly') return `${year}-H${month <= 6 ? 1 : 2}`;
  return year;
}

export const monthOf = (localDay: string): string => localDay.slice(0, 7);

/** The months a period covers, in order (a month is itself). */
export function monthsOf(period: string): string[] {
  const year = period.slice(0, 4);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return range(Number(q[1]) * 3 - 2, Number(q[1]) * 3);
  const h = /^\d{4}-H([12])$/.exec(period);
  if (h) return h[1] === '1' ? range(1, 6) : range(7, 12);
  if (/^\d{4}$/.test(period)) return range(1, 12);
  return [period];
}

/** Whether a campaign period (or a month) lies within a results period (`2026-Q4` holds `2026-11` and `2026-Q4`; `2026` holds all of 2026). */
export function within(period: string, filter: string): boolean {
  if (period === filter) return true;
  const months = new Set(monthsOf(filter));
  return monthsOf(period).every((m) => months.has(m));
}

/** The sort-key bounds of a period's months in figures sorted `<month>#…` (a read period sorts with its window's month). */
export function monthSortRange(period: string): [string, string] {
  const months = monthsOf(period);
  return [`${months[0]}#`, `${months.at(-1)}#~`];
}

/** The UTC months (`YYYY-MM`) from `from`'s to `to`'s, in order. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  for (let y = from.getUTCFullYear(), m = from.getUTCMonth(); y * 12 + m <= to.getUTCFullYear() * 12 + to.getUTCMonth(); m === 11 ? ((m = 0), (y += 1)) : (m += 1)) {
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The quarter (`2026-Q3`) or year (`2026`) that ended last before a tenant-local day: the period an assessment run on that day assesses. */
export function lastEndedPeriod(kind: 'quarterly' | 'annual', localDay: string): string {
  const year = Number(localDay.slice(0, 4));
  if (kind === 'annual') return String(year - 1);
  const quarter = Math.ceil(Number(localDay.slice(5, 7)) / 3);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The `count` quarters or years before a quarter or year, oldest first. */
export function previousPeriods(period: string, count: number): string[] {
  const out: string[] = [];
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  let index = q ? Number(q[1]) * 4 + Number(q[2]) - 1 : Number(period);
  for (let i = 0; i < count; i += 1) {
    index -= 1;
    out.unshift(q ? `${Math.floor(index / 4)}-Q${(index % 4) + 1}` : String(index));
  }
  return out;
}

/** The first and last day (`YYYY-MM-DD`) of a period. */
export function daysOf(period: string): { first: string; last: string } {
  const months = monthsOf(period);
  const last = months.at(-1)!;
  const end = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate();
  return { first: `${months[0]}-01`, last: `${last}-${String(end).padStart(2, '0')}` };
}
