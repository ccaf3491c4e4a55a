import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { listReveals as route } from './routes.ts';

/** One Query on the day's reveal partition, newest first. */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const page = await new TenantStore(ctx).query({ pk: keys.revealLogPartition(ctx.tenantId, query.day), newestFirst: true, limit: query.limit ?? 50, cursor: query.cursor });
  return ok({
    items: page.items.map(({ id, at, customerId, accountNumber, regionId, fields, reason, actor }) => ({ id, at, customerId, accountNumber, regionId, fields, reason, actor })),
    nextCursor: page.nextCursor ?? null,
  });
};

export const handler = httpHandler(route, main);
export { route };
