import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { getCycle } from './cycles/cycle-queries.ts';
import { getReadCycle as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => ok(await getCycle(new TenantStore(ctx), params.id));

export const handler = httpHandler(route, main);
export { route };
