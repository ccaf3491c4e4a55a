import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { regionUnit, staffUnit } from '../../shared/entities/kpi-facts.ts';
import type { StatsItem } from '../../shared/entities/read-cycle.ts';
import { statsRowOf } from '../../shared/entities/survey.ts';
import { keys, KPI_SHARDS, SURVEY_SHARDS } from '../../shared/keys.ts';
import { monthSortRange, monthsOf } from '../../shared/periods.ts';
import { addFacts, noFacts, type UnitFacts } from './kpis.ts';
import type { PeriodFacts } from './scorecards.ts';

/**
 * The facts of a period by unit, read from the counters the capabilities keep as facts happen
 * (docs/data-model.md › "Assessments"), never from the tickets, readings or answers themselves:
 * - tickets: the KPI facts of each month of the period, KPI_SHARDS partitions a month, one item a unit;
 * - reading: each region's and each reader's read-cycle figures, one Query each over the months
 *   the cycles' windows lie in (a quarterly cycle sorts with its window's month);
 * - surveys: the tenant's figures of the months, SURVEY_SHARDS partitions, one item per month,
 *   region, customer class and staff member.
 * Work: months × KPI_SHARDS + regions + readers + SURVEY_SHARDS queries, of items per unit.
 */
const PARALLEL = 8;

const NOT_COUNTERS = new Set(['ttl', 'version']);
const countersOf = (item: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(Object.entries(item).filter(([k, v]) => typeof v === 'number' && !NOT_COUNTERS.has(k))) as Record<string, number>;

async function inBatches<T, R>(list: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < list.length; i += PARALLEL) out.push(...(await Promise.all(list.slice(i, i + PARALLEL).map(work))));
  return out;
}

async function all(store: TenantStore, pk: string, sk?: { between: [string, string] }): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of store.queryPages({ pk, sk, limit: 1000 })) items.push(...page.items);
  return items;
}

export async function periodFacts(store: TenantStore, period: string, regionIds: readonly string[], readers: readonly string[]): Promise<PeriodFacts> {
  const t = store.tenantId;
  const months = monthsOf(period);
  const range = monthSortRange(period);
  const units = new Map<string, UnitFacts>();
  const add = (unitId: string, facts: Partial<UnitFacts>) => units.set(unitId, addFacts(units.get(unitId) ?? noFacts(), { ...noFacts(), ...facts }));

  const ticketParts = months.flatMap((month) => Array.from({ length: KPI_SHARDS }, (_, shard) => keys.kpiFacts(t, month, shard)));
  for (const items of await inBatches(ticketParts, (pk) => all(store, pk))) for (const item of items) add(String(item.sk), { tickets: countersOf(item) });

  const reading = (item: StatsItem) => ({ due: item.due ?? 0, read: item.read ?? 0, accurate: item.accurate ?? 0, targetDue: (item.due ?? 0) * (item.target ?? 0) });
  const regionStats = await inBatches(regionIds, async (regionId) => ({ regionId, items: (await all(store, keys.regionReadStatsPartition(t, regionId), { between: range })) as unknown as StatsItem[] }));
  for (const { regionId, items } of regionStats) for (const item of items) add(regionUnit(regionId), { reading: reading(item) });
  const readerStats = await inBatches(readers, async (reader) => ({ reader, items: (await all(store, keys.readerReadStatsPartition(t, reader), { between: range })) as unknown as StatsItem[] }));
  for (const { reader, items } of readerStats) for (const item of items) if (item.regionId) add(staffUnit(item.regionId, reader), { reading: reading(item) });

  const surveyParts = Array.from({ length: SURVEY_SHARDS }, (_, shard) => keys.surveyTenantStats(t, shard));
  for (const items of await inBatches(surveyParts, (pk) => all(store, pk, { between: range }))) {
    for (const row of items.map(statsRowOf)) {
      add(regionUnit(row.regionId), { surveys: row.counters });
      if (row.staff !== '-') add(staffUnit(row.regionId, row.staff), { surveys: row.counters });
    }
  }
  return { period, units };
}
