import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { Region } from '../../shared/entities/region.ts';
import type { TenantProfile } from '../../shared/entities/tenant.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { DEFAULT_TIME_ZONE } from '../../shared/local-time.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { summarizeArchive, type RegionArchiveStats } from './archive-summary.ts';
import type { DashboardView } from './dashboard-view.ts';
import { getDashboard as route } from './routes.ts';

/**
 * The home figures of the caller's regions, or of one of them (`?regionId=`). A tenant has tens of
 * regions: one page of the region partition and one of the archive statistics hold them all.
 * Capabilities that are not live yet report `null`.
 */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const [regions, stats, profile] = await Promise.all([
    store.query<Region>({ pk: keys.regionsPartition(ctx.tenantId), limit: 200 }),
    store.query<RegionArchiveStats>({ pk: keys.archiveStatsPartition(ctx.tenantId), limit: 200 }),
    store.get<TenantProfile>(keys.tenantProfile(ctx.tenantId)),
  ]);

  let visible = regions.items.map((r) => r.regionId).filter((id) => canSeeRegion(ctx.principal, id));
  if (query.regionId) {
    // Another manager's region is "not found", not "forbidden": don't confirm it exists.
    if (!visible.includes(query.regionId)) throw notFound('Region');
    visible = [query.regionId];
  }
  const inScope = new Set(visible);

  const view: DashboardView = {
    regions: visible,
    timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
    archive: summarizeArchive(stats.items.filter((s) => inScope.has(s.regionId))),
    tickets: null,
    emergenciesToday: null,
    readCycles: null,
    inspectionsDue: null,
    satisfactionTrend: null,
  };
  return ok(view);
};

export const handler = httpHandler(route, main);
export { route };
