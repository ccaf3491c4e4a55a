import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readingView, type Reading } from '../../shared/entities/reading.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { getMeter } from '../customers/customer-scope.ts';
import { listMeterReadings as route } from './routes.ts';

/** The meter's partition, readings only, newest first: one Query per page. */
export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  await getMeter(store, params.id);
  const page = await store.query<Reading>({ pk: keys.meter(ctx.tenantId, params.id).pk, sk: { beginsWith: keys.meterReadingPrefix() }, newestFirst: true, limit: query.limit ?? 50, cursor: query.cursor });
  return ok({ items: page.items.map(readingView), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
