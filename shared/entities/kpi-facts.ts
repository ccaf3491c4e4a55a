import type { Item, WriteOp } from '../db/tenant-store.ts';
import { keys, kpiShard } from '../keys.ts';

/**
 * KPI facts (docs/data-model.md › "Assessments"): what a subject (a ticket) adds to the counters
 * the assessments read, and the drill-down items it is in. The subject stores what it adds, so
 * each write ADDs the difference and the counters are always the sum of their subjects, whatever
 * happened in between (a reopen, a dispatch to someone else, a reply after the deadline).
 */

/** The unit counters: unit id (`region:<r>`, `staff:<r>:<username>`) → counter → what the subject adds. */
export type UnitCounters = Record<string, Record<string, number>>;

/** A drill-down entry: the KPI and unit it counts against, and what a reader sees of it. */
export interface KpiMark {
  kpi: string;
  unitId: string;
  reason: string;
  detail: string;
}

export interface KpiFacts {
  /** The tenant-local month the subject counts in (its receipt). */
  month: string;
  counters: UnitCounters;
  /** `<kpi>|<unitId>|<detail>` of each drill-down entry (a changed detail is written again). */
  marks: string[];
  /** The staff member the entries show (a dispatch after a mark writes them again); absent before it was kept. */
  staff?: string | null;
}

export const markKey = (m: KpiMark) => `${m.kpi}|${m.unitId}|${m.detail}`;
const entryOf = (month: string, mark: string) => {
  const [kpi, unitId] = mark.split('|') as [string, string];
  return `${month}|${kpi}|${unitId}`;
};

export const regionUnit = (regionId: string) => `region:${regionId}`;
export const staffUnit = (regionId: string, username: string) => `staff:${regionId}:${username}`;
/** The region of a region's or a staff member's unit id. */
export const regionOfUnit = (unitId: string): string => unitId.split(':')[1]!;

/**
 * The change from the counters `before` to `after`, per item then counter, without the zeros (an
 * item nothing changes is left out), items in the order `before` then `after` name them.
 */
export function counterDelta(before: UnitCounters | undefined, after: UnitCounters): UnitCounters {
  const delta: UnitCounters = {};
  for (const item of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    const add: Record<string, number> = {};
    for (const name of new Set([...Object.keys(before?.[item] ?? {}), ...Object.keys(after[item] ?? {})])) {
      const n = (after[item]?.[name] ?? 0) - (before?.[item]?.[name] ?? 0);
      if (n !== 0) add[name] = n;
    }
    if (Object.keys(add).length) delta[item] = add;
  }
  return delta;
}

/** A subject of the drill-down: what its items show. */
export interface MarkedSubject {
  type: 'ticket' | 'meter';
  id: string;
  regionId: string;
  staff: string | null;
  at: string;
  ticketKind: string | null;
}

/**
 * The writes that move the counters and items from what `before` added to what `after` adds: an
 * ADD of each difference (none when nothing changed), a put of each new drill-down entry and a
 * delete of each one the subject left. Both facts are of the same subject.
 */
export function kpiFactWrites(tenantId: string, subject: MarkedSubject, before: KpiFacts | undefined, after: KpiFacts, marks: KpiMark[]): WriteOp[] {
  const writes: WriteOp[] = [];
  const shard = kpiShard(subject.id);
  const byMonth = (facts: KpiFacts | undefined) => facts && Object.fromEntries(Object.entries(facts.counters).map(([unit, counters]) => [`${facts.month}|${unit}`, counters]));
  for (const [key, add] of Object.entries(counterDelta(byMonth(before), byMonth(after)!))) {
    const [month, unitId] = key.split('|') as [string, string];
    writes.push({ kind: 'update', key: { pk: keys.kpiFacts(tenantId, month, shard), sk: unitId }, set: { entity: 'kpi-facts', month, unitId }, add });
  }
  // Entries showing another staff member than the subject's now are written again.
  const had = new Set(before && before.staff === subject.staff ? before.marks.map((m) => `${before.month}|${m}`) : []);
  const sort = keys.kpiItemSort(subject.at, subject.id);
  for (const m of marks) {
    if (had.has(`${after.month}|${markKey(m)}`)) continue;
    const item: Item = { pk: keys.kpiItems(tenantId, after.month, m.kpi, m.unitId), sk: sort, entity: 'kpi-item', reason: m.reason, detail: m.detail, subject: { type: subject.type, id: subject.id }, regionId: subject.regionId, staff: subject.staff, at: subject.at, ticketKind: subject.ticketKind };
    writes.push({ kind: 'put', item });
  }
  const entries = new Set(after.marks.map((m) => entryOf(after.month, m)));
  for (const entry of new Set(before ? before.marks.map((m) => entryOf(before.month, m)) : [])) {
    if (entries.has(entry)) continue;
    const [month, kpi, unitId] = entry.split('|') as [string, string, string];
    writes.push({ kind: 'delete', key: { pk: keys.kpiItems(tenantId, month, kpi, unitId), sk: sort } });
  }
  return writes;
}
