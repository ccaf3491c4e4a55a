import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { listCustomers as route } from './routes.ts';
import { searchCustomers } from './search.ts';
import { customerListItem } from './views.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const result = await searchCustomers(new TenantStore(ctx), query);
  return ok({ items: result.items.map(customerListItem), nextCursor: result.nextCursor ?? null, matchedBy: result.matchedBy });
};

export const handler = httpHandler(route, main);
export { route };
