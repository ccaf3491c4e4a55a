import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { regionsInScope, tenantTimeZone } from '../../shared/tenant-profile.ts';
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
  // Another manager's region is "not found", not "forbidden": don't confirm it exists.
  const [visible, stats, timeZone] = await Promise.all([
    regionsInScope(store, query.regionId),
    store.query<RegionArchiveStats>({ pk: keys.archiveStatsPartition(ctx.tenantId), limit: 200 }),
    tenantTimeZone(store),
  ]);
  const inScope = new Set(visible);

  const view: DashboardView = {
    regions: visible,
    timeZone,
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
