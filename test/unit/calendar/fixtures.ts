import type { BusinessCalendar, CalendarDay, WorkingInterval } from '../../../shared/calendar/business-calendar.ts';
import { officialYear } from '../../../shared/calendar/official.ts';

/** A calendar of Asia/Shanghai with the official 2026 loaded (2027 not loaded). */
export function calendar2026(workingHours: WorkingInterval[] = [{ start: '08:30', end: '17:30' }], extra: CalendarDay[] = []): BusinessCalendar {
  const days = Object.fromEntries([...officialYear(2026).days, ...extra].map((d) => [d.date, d]));
  return { timeZone: 'Asia/Shanghai', workingHours, days, years: { '2026': { official: true } } };
}

export const SPLIT_HOURS: WorkingInterval[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** A deterministic pseudo-random sequence (mulberry32): property tests that replay. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
