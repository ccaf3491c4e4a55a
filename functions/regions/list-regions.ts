import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { Region } from '../../shared/entities/region.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { listRegions as route } from './routes.ts';

/** A tenant has tens of regions, not thousands: one page of the region partition holds them all. */
export const main = async ({ ctx }: Request<typeof route>) => {
  const { items } = await new TenantStore(ctx).query<Region>({ pk: keys.regionsPartition(ctx.tenantId), limit: 200 });
  return ok({
    items: items
      .filter((r) => canSeeRegion(ctx.principal, r.regionId))
      .map(({ regionId, name, kind }) => ({ regionId, name, kind })),
  });
};

export const handler = httpHandler(route, main);
export { route };
