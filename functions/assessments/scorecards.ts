import { UNIT_LEVELS, type TrendPoint, type UnitLevel, type UnitScorecard } from '../../shared/contract/assessments.ts';
import type { AssessmentsKpisPolicy } from '../../shared/contract/assessments-policy.ts';
import { regionUnit } from '../../shared/entities/kpi-facts.ts';
import { addFacts, noFacts, unitScores, type UnitFacts } from './kpis.ts';
import { ranks } from './scoring.ts';

/**
 * The scorecards of a period, pure: every unit's KPIs, total, rank among its level and trend over
 * the earlier periods. The units are the tenant's regions, the dispatch center (the regions'
 * sum) and each staff member with figures in any period shown; a region without activity is
 * there with no data.
 */

export interface UnitRef {
  id: string;
  level: UnitLevel;
  name: string;
  regionId: string | null;
}

/** A period's facts by unit id (`region:<r>`, `staff:<r>:<user>`); the dispatch center is derived. */
export interface PeriodFacts {
  period: string;
  units: ReadonlyMap<string, UnitFacts>;
}

export const DISPATCH_CENTER = 'dispatch-center';
export const levelOrder = (level: UnitLevel): number => UNIT_LEVELS.indexOf(level);

export const staffParts = (unitId: string): { regionId: string; username: string } => {
  const [, regionId, username] = unitId.split(':') as [string, string, string];
  return { regionId, username };
};

/** The units of a snapshot: the regions, the dispatch center, the staff seen in any of the periods. */
export function unitsOf(regions: readonly { regionId: string; name: string }[], periods: readonly PeriodFacts[], staffName: (username: string) => string): UnitRef[] {
  const known = new Set(regions.map((r) => r.regionId));
  const staff = new Set<string>();
  for (const p of periods) for (const id of p.units.keys()) if (id.startsWith('staff:') && known.has(staffParts(id).regionId)) staff.add(id);
  return [
    ...regions.map((r): UnitRef => ({ id: regionUnit(r.regionId), level: 'region', name: r.name, regionId: r.regionId })),
    { id: DISPATCH_CENTER, level: 'dispatch-center', name: '调度中心', regionId: null },
    ...[...staff].sort().map((id): UnitRef => ({ id, level: 'staff', name: staffName(staffParts(id).username), regionId: staffParts(id).regionId })),
  ];
}

function factsOf(unit: UnitRef, facts: PeriodFacts, regionIds: readonly string[]): UnitFacts {
  if (unit.level !== 'dispatch-center') return facts.units.get(unit.id) ?? noFacts();
  return regionIds.reduce((sum, r) => addFacts(sum, facts.units.get(regionUnit(r)) ?? noFacts()), noFacts());
}

/** Scorecards of `current`, with the trend over `earlier` (oldest first), ranked within each level. */
export function scorecards(units: readonly UnitRef[], current: PeriodFacts, earlier: readonly PeriodFacts[], policy: AssessmentsKpisPolicy): UnitScorecard[] {
  const regionIds = units.filter((u) => u.level === 'region').map((u) => u.regionId!);
  const cards = units.map((unit) => {
    const scored = unitScores(unit.level, factsOf(unit, current, regionIds), policy);
    const trend: TrendPoint[] = [...earlier, current].map((p) => {
      const s = p === current ? scored : unitScores(unit.level, factsOf(unit, p, regionIds), policy);
      return { period: p.period, total: s.total, values: Object.fromEntries(s.kpis.map((k) => [k.kpi, k.value])) };
    });
    return { id: unit.id, level: unit.level, name: unit.name, regionId: unit.regionId, kpis: scored.kpis, total: scored.total, coverage: scored.coverage, rank: null as number | null, rankedOf: 0, trend };
  });
  for (const level of UNIT_LEVELS) {
    const ofLevel = cards.filter((c) => c.level === level);
    const ranked = ranks(ofLevel.map((c) => c.total));
    const rankedOf = ranked.filter((r) => r !== null).length;
    ofLevel.forEach((c, i) => Object.assign(c, { rank: ranked[i], rankedOf }));
  }
  return cards;
}
