import { absent, TenantStore } from '../../shared/db/tenant-store.ts';
import { regionItem } from '../../shared/entities/region.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { conflict } from '../../shared/http/problems.ts';
import { created } from '../../shared/http/reply.ts';
import { createRegion as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const region = { ...body, createdAt: new Date().toISOString() };
  await new TenantStore(ctx).commit({
    writes: [{ kind: 'put', item: regionItem(ctx.tenantId, region), condition: absent(conflict(`Region ${body.regionId} exists already`)) }],
    audit: { action: 'region.created', subject: { type: 'region', id: body.regionId }, summary: body.name },
    events: [{ type: 'region.created', data: region }],
  });
  return created(region, `/v1/regions/${body.regionId}`);
};

export const handler = httpHandler(route, main);
export { route };
