import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { visibleRegions } from '../../shared/tenant-profile.ts';
import { listRegions as route } from './routes.ts';

export const main = async ({ ctx }: Request<typeof route>) => {
  const regions = await visibleRegions(new TenantStore(ctx));
  return ok({ items: regions.map(({ regionId, name, kind }) => ({ regionId, name, kind })) });
};

export const handler = httpHandler(route, main);
export { route };
