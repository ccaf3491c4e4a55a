/**
 * The customer archive in figures: what the nightly archive-stats job writes per region, and the
 * dashboard's sum of the regions a caller may see. Pure functions over plain data.
 */
import { CUSTOMER_CLASSES, LIFECYCLE_STATES } from '../../shared/entities/customer.ts';
import { METER_AGE_BUCKETS, METER_TYPES } from '../../shared/entities/meter.ts';
import type { ArchiveSummary } from '../../shared/contract/dashboard.ts';
import type { DashboardSectionProvider } from '../../shared/capability.ts';
import { keys } from '../../shared/keys.ts';
import { emptyStats, type RegionStats } from './jobs/archive-stats.ts';

type Counts<K extends string> = Record<K, number>;

/** One item per region at `keys.archiveStats(tenant, region)`, written by the archive-stats job. */
export type RegionArchiveStats = RegionStats;


const add = <K extends string>(names: readonly K[], into: Counts<K>, from: Partial<Counts<K>> | undefined) => {
  for (const n of names) into[n] += Number(from?.[n] ?? 0);
};

/**
 * The sum of the regions' statistics; `null` when there are none (the job has not run yet).
 * `asOf` is the oldest of the regions' `asOf`: the summary is no fresher than its stalest part.
 */
export function summarizeArchive(regions: RegionArchiveStats[]): ArchiveSummary | null {
  if (regions.length === 0) return null;
  const sorted = [...regions].sort((a, b) => a.regionId.localeCompare(b.regionId));
  const { regionId: _none, ...zeroes } = emptyStats('', sorted.map((r) => r.asOf).sort()[0]!);
  const summary: ArchiveSummary = { ...zeroes, byRegion: [] };
  for (const r of sorted) {
    summary.customers += Number(r.customers ?? 0);
    summary.specialCare += Number(r.specialCare ?? 0);
    summary.meters += Number(r.meters ?? 0);
    add(CUSTOMER_CLASSES, summary.byClass, r.byClass);
    add(LIFECYCLE_STATES, summary.byState, r.byState);
    add(METER_TYPES, summary.metersByType, r.metersByType);
    add(METER_AGE_BUCKETS, summary.metersByAge, r.metersByAge);
    summary.byRegion.push({ regionId: r.regionId, customers: Number(r.customers ?? 0), specialCare: Number(r.specialCare ?? 0) });
  }
  return summary;
}

/** The dashboard's archive section: one page of the archive statistics holds a tenant's regions. */
export const archiveSection: DashboardSectionProvider<'archive'> = async ({ store, regions }) => {
  const inScope = new Set(regions);
  const stats = await store.query<RegionArchiveStats>({ pk: keys.archiveStatsPartition(store.tenantId), limit: 200 });
  return summarizeArchive(stats.items.filter((s) => inScope.has(s.regionId)));
};
