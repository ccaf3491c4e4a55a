import type { SurveySchedule } from '../../shared/contract/surveys.ts';

/**
 * Survey periods, pure: a periodic campaign samples once per period of its schedule (`2026-Q4`,
 * `2026-H2`, `2026`); an event campaign's invitations and the tenant's figures go by month
 * (`2026-11`). Every function takes a tenant-local day (`YYYY-MM-DD`).
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

/** The UTC months (`YYYY-MM`) from `from`'s to `to`'s, in order. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  for (let y = from.getUTCFullYear(), m = from.getUTCMonth(); y * 12 + m <= to.getUTCFullYear() * 12 + to.getUTCMonth(); m === 11 ? ((m = 0), (y += 1)) : (m += 1)) {
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return months;
}
