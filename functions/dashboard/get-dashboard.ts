import { DASHBOARD_SECTIONS as SECTION_NAMES, type Dashboard, type DashboardSectionName } from '../../shared/contract/dashboard.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { regionsInScope, tenantTimeZone } from '../../shared/tenant-profile.ts';
import { DASHBOARD_WORKERS } from '../dashboard-workers.ts';
import { getDashboard as route } from './routes.ts';

/**
 * The home figures of the caller's regions, or of one of them (`?regionId=`). Each section comes
 * from the capability that declares it in its manifest (its provider in ../dashboard-workers.ts); a section no capability fills yet
 * (tickets, read cycles… until they are built) is `null`, and the console shows an empty state.
 */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  // Another manager's region is "not found", not "forbidden": don't confirm it exists.
  const [regions, timeZone] = await Promise.all([regionsInScope(store, query.regionId), tenantTimeZone(store)]);
  const sections = Object.fromEntries(Object.keys(SECTION_NAMES).map((name) => [name, null])) as Record<DashboardSectionName, unknown>;
  await Promise.all(
    Object.entries(DASHBOARD_WORKERS).map(async ([section, worker]) => {
      sections[section as DashboardSectionName] = await (await worker())({ store, regions, timeZone });
    }),
  );
  return ok({ regions, timeZone, ...sections } as Dashboard);
};

export const handler = httpHandler(route, main);
export { route };
