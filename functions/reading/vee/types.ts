import type { ReadingHistoryEntry } from '../../../shared/entities/reading.ts';
import type { MeterType } from '../../../shared/contract/customers.ts';
import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import type { Evidence, ExceptionGrade, ReadingSource, VeeRule } from '../../../shared/contract/readings.ts';
import type { LifecycleState } from '../../../shared/entities/customer.ts';

/**
 * The plain data the VEE rules run over (no AWS, no clock): the reading, what the archive knows
 * of its meter and account, and the policy `reading.vee` in force. Every rule is a pure function
 * of `Facts` in its own file; `validate.ts` runs them all.
 */
export interface Candidate {
  value: number;
  readAt: string;
  source: ReadingSource;
  /** IC-card meters: the balance the meter shows, integer fen. */
  cardBalanceFen?: number;
  purchases?: number;
}

/** A past reading as the meter keeps it (its last few, newest first): the entity's own type. */
export type HistoryEntry = ReadingHistoryEntry;

export interface VeeContext {
  digits: number;
  meterType: MeterType;
  accountState: LifecycleState;
  installedAt: string;
  /** The reading this one follows: the meter's last reading, or its start read at installation. */
  previous: { readingId: string | null; value: number; readAt: string; source?: ReadingSource | 'start'; purchases?: number };
  /** Past readings, newest first (the meter's recent history; the same period last year when it reaches back that far). */
  history: HistoryEntry[];
  /** IC-card meters: the latest purchase the archive knows of. */
  lastPurchaseAt?: string;
}

export interface Expected {
  basis: Evidence['basis'];
  /** m³ a day; null without a usable history. */
  dailyUse: number | null;
  /** The readings the expectation was computed from. */
  used: HistoryEntry[];
}

export interface Facts {
  reading: Candidate;
  context: VeeContext;
  policy: ReadingVeePolicy;
  /** Days since the previous reading (fractional). */
  days: number;
  /** The value minus the previous value (negative across a rollover or a misread). */
  delta: number;
  /** The consumption after the rollover rule had its say. */
  consumption: number;
  expected: Expected;
}

export interface Finding {
  rule: VeeRule;
  grade: ExceptionGrade;
  evidence: Evidence;
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

export const DAY_MS = 86_400_000;

/** Days between two instants (a YYYY-MM-DD install date is its UTC midnight). */
export const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** The expected consumption over the reading's period and the range the high/low rules allow; null without a history. */
export function expectedRange(f: Pick<Facts, 'expected' | 'days' | 'policy'>): { expected: number; min: number; max: number } | null {
  if (f.expected.dailyUse === null || f.expected.dailyUse <= 0 || f.days <= 0) return null;
  const expected = f.expected.dailyUse * f.days;
  return { expected: round3(expected), min: round3(expected * f.policy.low.factor), max: round3(expected * f.policy.high.factor) };
}

const point = (h: HistoryEntry) => ({ readingId: h.readingId, readAt: h.readAt, value: h.value, consumption: h.consumption, days: h.days === null ? null : round3(h.days), source: h.source });

/** The evidence of a finding: the summary, the expected use and range, the history used, and the rule's own facts. */
export function evidence(f: Pick<Facts, 'expected' | 'days' | 'policy' | 'context'>, summary: string, facts: Evidence['facts'], usesExpected = false): Evidence {
  const range = usesExpected ? expectedRange(f) : null;
  const { previous } = f.context;
  const last: HistoryEntry = f.context.history[0] ?? { readingId: previous.readingId, readAt: previous.readAt, value: previous.value, consumption: null, days: null, source: 'start', billable: true };
  const history = usesExpected && f.expected.used.length ? f.expected.used : [last];
  return {
    summary,
    basis: usesExpected ? f.expected.basis : 'none',
    expectedDailyUse: usesExpected && f.expected.dailyUse !== null ? round3(f.expected.dailyUse) : null,
    expectedRange: range ? { min: range.min, max: range.max } : null,
    history: history.map(point),
    facts,
  };
}
