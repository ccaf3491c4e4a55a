import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import { DAY_MS, type Expected, type HistoryEntry } from './types.ts';

/**
 * Expected use (DOMAIN.md › Meter reading: "history or same period last year"): the daily use of
 * the reading that ended within `samePeriodToleranceDays` of a year before, when there is one;
 * otherwise the average daily use over the last `historyReadings` readings. Only billable, measured
 * readings count (no estimates, no readings held for review or void).
 */
export function expectedUse(history: readonly HistoryEntry[], readAt: string, policy: ReadingVeePolicy): Expected {
  const usable = history.filter((h) => h.billable && h.source !== 'estimate' && h.source !== 'start' && h.consumption !== null && h.consumption >= 0 && h.days !== null && h.days >= 1);
  const yearBefore = Date.parse(readAt) - 365 * DAY_MS;
  const tolerance = policy.expected.samePeriodToleranceDays * DAY_MS;
  const samePeriod = usable
    .filter((h) => Math.abs(Date.parse(h.readAt) - yearBefore) <= tolerance)
    .sort((a, b) => Math.abs(Date.parse(a.readAt) - yearBefore) - Math.abs(Date.parse(b.readAt) - yearBefore))[0];
  if (samePeriod) return { basis: 'same-period-last-year', dailyUse: samePeriod.consumption! / samePeriod.days!, used: [samePeriod] };
  const recent = usable.slice(0, policy.expected.historyReadings);
  if (!recent.length) return { basis: 'none', dailyUse: null, used: [] };
  const volume = recent.reduce((sum, h) => sum + h.consumption!, 0);
  const days = recent.reduce((sum, h) => sum + h.days!, 0);
  return { basis: 'history', dailyUse: volume / days, used: recent };
}
