import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { CustomerImports, importView } from './importer.ts';
import { importBatch as route } from './routes.ts';

export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const { results, import: imp } = await new CustomerImports(new TenantStore(ctx)).addBatch(params.id, body.firstRow, body.rows);
  return ok({ results, import: importView(imp) });
};

export const handler = httpHandler(route, main);
export { route };
