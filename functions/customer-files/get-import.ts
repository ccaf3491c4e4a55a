import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { CustomerImports, importView } from './importer.ts';
import { getImport as route } from './routes.ts';

/** Progress of an import (the console polls it): consistent read, so a batch just answered is counted. */
export const main = async ({ ctx, params }: Request<typeof route>) => ok(importView(await new CustomerImports(new TenantStore(ctx)).get(params.id, true)));

export const handler = httpHandler(route, main);
export { route };
