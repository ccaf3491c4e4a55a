import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { Region } from '../../shared/entities/region.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { getRegion as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => {
  const region = canSeeRegion(ctx.principal, params.regionId)
    ? await new TenantStore(ctx).get<Region>(keys.region(ctx.tenantId, params.regionId))
    : undefined;
  if (!region) throw notFound('Region');
  const { regionId, name, kind, createdAt } = region;
  return ok({ regionId, name, kind, createdAt });
};

export const handler = httpHandler(route, main);
export { route };
