import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readBookView } from '../../shared/entities/read-book.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { ReadBookService } from './read-book-service.ts';
import { listReadBooks as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const page = await new ReadBookService(new TenantStore(ctx)).list(query.regionId, query);
  return ok({ items: page.items.map((b) => { const { meterIds: _m, ...item } = readBookView(b); return item; }), nextCursor: page.nextCursor });
};

export const handler = httpHandler(route, main);
export { route };
