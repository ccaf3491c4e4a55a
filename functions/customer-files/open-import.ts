import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { CustomerImports, importView } from './importer.ts';
import { openImport as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const imp = await new CustomerImports(new TenantStore(ctx)).open(body);
  return created(importView(imp), `/v1/customer-imports/${imp.id}`);
};

export const handler = httpHandler(route, main);
export { route };
