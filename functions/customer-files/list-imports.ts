import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { CustomerImports, importView } from './importer.ts';
import { listImports as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const page = await new CustomerImports(new TenantStore(ctx)).list(query);
  return ok({ items: page.items.map((imp) => importView(imp)), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
