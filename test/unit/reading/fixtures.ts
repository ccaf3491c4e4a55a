import { readingVeePolicy, type ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import type { Candidate, HistoryEntry, VeeContext } from '../../../functions/reading/vee/types.ts';

/** Plain facts for the VEE rules: a 5-digit diaphragm meter read monthly, 30 m³ a month (1 m³ a day). */
export const policy: ReadingVeePolicy = readingVeePolicy.defaults;

const DAY = 86_400_000;
export const LAST_READ_AT = '2026-10-20T02:00:00.000Z';
export const at = (daysAfterLast: number) => new Date(Date.parse(LAST_READ_AT) + daysAfterLast * DAY).toISOString();

/** `count` monthly readings ending at LAST_READ_AT (newest first), `perMonth` m³ each, ending at `lastValue`. */
export function monthly(count: number, lastValue = 1200, perMonth = 30, overrides: Partial<HistoryEntry> = {}): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    readingId: `R${String(count - i).padStart(2, '0')}`,
    readAt: new Date(Date.parse(LAST_READ_AT) - i * 30 * DAY).toISOString(),
    value: lastValue - i * perMonth,
    consumption: perMonth,
    days: 30,
    source: 'field' as const,
    billable: true,
    ...overrides,
  }));
}

export function context(overrides: Partial<VeeContext> = {}, history = monthly(6)): VeeContext {
  const last = history[0];
  return {
    digits: 5,
    meterType: 'diaphragm',
    accountState: 'gas-on',
    installedAt: '2025-01-01',
    previous: last ? { readingId: last.readingId, value: last.value, readAt: last.readAt, source: last.source } : { readingId: null, value: 0, readAt: '2025-01-01', source: 'start' },
    history,
    ...overrides,
  };
}

export const reading = (value: number, daysAfterLast = 30, overrides: Partial<Candidate> = {}): Candidate => ({ value, readAt: at(daysAfterLast), source: 'field', ...overrides });
