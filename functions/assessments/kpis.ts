import { KPI_NAMES, type KpiName, type KpiScore, type UnitLevel } from '../../shared/contract/assessments.ts';
import type { AssessmentsKpisPolicy } from '../../shared/contract/assessments-policy.ts';
import { kpiScore, totalOf } from './scoring.ts';

/**
 * The KPI formulas, pure (docs/domain.md › "Performance assessment"): each KPI's numerator and
 * denominator from the figures the capabilities keep for a unit over a period.
 *
 * | KPI | numerator / denominator | facts |
 * |---|---|---|
 * | read-rate | meters read / meters due | read cycles' figures |
 * | read-accuracy | reads accurate / meters read | read cycles' figures |
 * | repair-timeliness | repairs with no deadline missed / repairs received | ticket facts |
 * | first-time-fix | resolved without a reopen / repairs resolved | ticket facts |
 * | reply-rate | replied by the deadline / complaints and inquiries due a reply | ticket facts |
 * | return-visit-rate | return visits made / repairs and complaints closed | ticket facts |
 * | satisfaction | satisfied answers and return visits / answers and return visits | survey figures |
 * | fee-recovery, inspection-coverage | — | none yet (billing and inspections are not built): no data |
 *
 * A denominator of 0 (no activity) is no data, never 0 or 100 %.
 */

/** What a unit's read cycles of the period add up to (`targetDue`: Σ meters due × the cycle's target). */
export interface ReadFigures {
  due: number;
  read: number;
  accurate: number;
  targetDue: number;
}

/** Everything the assessment reads of a unit over a period; null: that capability has no figures of it. */
export interface UnitFacts {
  tickets: Record<string, number> | null;
  reading: ReadFigures | null;
  surveys: Record<string, number> | null;
}

export const noFacts = (): UnitFacts => ({ tickets: null, reading: null, surveys: null });

const addCounters = (a: Record<string, number> | null, b: Record<string, number> | null): Record<string, number> | null => {
  if (!a || !b) return a ?? (b && { ...b });
  const sum = { ...a };
  for (const [k, v] of Object.entries(b)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
};

/** The facts of two units (or two months) together: the dispatch center is the sum of the regions. */
export function addFacts(a: UnitFacts, b: UnitFacts): UnitFacts {
  const reading = a.reading && b.reading ? { due: a.reading.due + b.reading.due, read: a.reading.read + b.reading.read, accurate: a.reading.accurate + b.reading.accurate, targetDue: a.reading.targetDue + b.reading.targetDue } : (a.reading ?? b.reading);
  return { tickets: addCounters(a.tickets, b.tickets), reading: reading && { ...reading }, surveys: addCounters(a.surveys, b.surveys) };
}

type Counts = { numerator: number; denominator: number } | null;

const ratio = (counters: Record<string, number> | null, numerator: string[], denominator: string[]): Counts => {
  if (!counters) return null;
  const sum = (names: string[]) => names.reduce((n, k) => n + (counters[k] ?? 0), 0);
  return { numerator: sum(numerator), denominator: sum(denominator) };
};

const COUNTS: Record<KpiName, (f: UnitFacts) => Counts> = {
  'read-rate': (f) => f.reading && { numerator: f.reading.read, denominator: f.reading.due },
  'read-accuracy': (f) => f.reading && { numerator: f.reading.accurate, denominator: f.reading.read },
  'fee-recovery': () => null,
  'repair-timeliness': (f) => ratio(f.tickets, ['repairsOnTime'], ['repairs']),
  'first-time-fix': (f) => ratio(f.tickets, ['fixedFirstTime'], ['repairsResolved']),
  'reply-rate': (f) => ratio(f.tickets, ['repliedOnTime'], ['repliesDue']),
  'return-visit-rate': (f) => ratio(f.tickets, ['returnVisited'], ['closed']),
  satisfaction: (f) => ratio(f.surveys, ['satisfied', 'returnVisitsSatisfied'], ['answered', 'returnVisits']),
  'inspection-coverage': () => null,
};

/** The KPIs that assess a level under the policy, in the contract's order. */
export const kpisOf = (policy: AssessmentsKpisPolicy, level: UnitLevel): KpiName[] => KPI_NAMES.filter((k) => policy.kpis[k].enabled && policy.kpis[k].levels.includes(level));

/** The target a value is scored against: the policy's, or (read rate, policy null) the read cycles' own targets weighted by the meters due. */
function targetOf(kpi: KpiName, facts: UnitFacts, policy: AssessmentsKpisPolicy): number | null {
  const target = policy.kpis[kpi].target;
  if (target !== null) return target;
  return facts.reading && facts.reading.due > 0 ? Math.round((facts.reading.targetDue / facts.reading.due) * 10_000) / 10_000 : null;
}

/** A unit's KPIs of its level, its total and the share of its weight with data. */
export function unitScores(level: UnitLevel, facts: UnitFacts, policy: AssessmentsKpisPolicy): { kpis: KpiScore[]; total: number | null; coverage: number } {
  const kpis = kpisOf(policy, level).map((kpi) => kpiScore(kpi, COUNTS[kpi](facts), targetOf(kpi, facts, policy), policy.kpis[kpi]));
  return { kpis, ...totalOf(kpis) };
}
