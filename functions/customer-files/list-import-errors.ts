import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { CustomerImports } from './importer.ts';
import { importErrors as route } from './routes.ts';

export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const page = await new CustomerImports(new TenantStore(ctx)).errors(params.id, query);
  return ok({ items: page.items, nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
