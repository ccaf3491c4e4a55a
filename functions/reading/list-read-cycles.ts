import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { listCycles } from './cycles/cycle-queries.ts';
import { listReadCycles as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => ok(await listCycles(new TenantStore(ctx), query));

export const handler = httpHandler(route, main);
export { route };
