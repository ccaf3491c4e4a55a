import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readingExceptionView } from '../../shared/entities/reading.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { listExceptions } from './exception-service.ts';
import { listReadingExceptions as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const page = await listExceptions(new TenantStore(ctx), query);
  return ok({ items: page.items.map(readingExceptionView), nextCursor: page.nextCursor });
};

export const handler = httpHandler(route, main);
export { route };
