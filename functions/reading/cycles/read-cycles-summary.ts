import type { DashboardSectionProvider } from '../../../shared/capability.ts';
import type { DashboardSection } from '../../../shared/contract/dashboard.ts';
import { CADENCES } from '../../../shared/contract/read-cycles.ts';
import { readCycleStatsView, type StatsItem } from '../../../shared/entities/read-cycle.ts';
import { keys } from '../../../shared/keys.ts';
import { tenantRegions } from '../../../shared/tenant-profile.ts';

/** Rows of a region's figures read for the card: its newest periods of every cadence. */
const NEWEST = 6;

/**
 * The dashboard's read-cycle card: per region in scope and cadence, the newest period's figures
 * (one Query of the region's stats partition, newest first). `null` before any cycle opened.
 */
export const readCyclesSection: DashboardSectionProvider<'readCycles'> = async ({ store, regions }) => {
  const names = new Map((await tenantRegions(store)).map((r) => [r.regionId, r.name]));
  const rows: DashboardSection<'readCycles'> = [];
  for (const regionId of regions) {
    const page = await store.query<StatsItem>({ pk: keys.regionReadStatsPartition(store.tenantId, regionId), newestFirst: true, limit: NEWEST });
    const stats = page.items.map(readCycleStatsView);
    for (const cadence of CADENCES) {
      const s = stats.find((x) => x.cadence === cadence);
      if (!s || !s.regionId) continue;
      rows.push({ cycleId: `${s.regionId}:${s.period}:${cadence}`, name: names.get(s.regionId) ?? s.regionId, regionId: s.regionId, period: s.period, cadence, books: s.books, due: s.counts.due, read: s.counts.read, target: s.target, frozen: s.frozen });
    }
  }
  return rows.length ? rows : null;
};
