import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { CustomerImports, importView } from './importer.ts';
import { completeImport as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => ok(importView(await new CustomerImports(new TenantStore(ctx)).complete(params.id)));

export const handler = httpHandler(route, main);
export { route };
