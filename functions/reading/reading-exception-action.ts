import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readingExceptionView } from '../../shared/entities/reading.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { actOnException } from './exception-service.ts';
import { readingExceptionAction as route } from './routes.ts';

export const main = async ({ ctx, params, body }: Request<typeof route>) => ok(readingExceptionView(await actOnException(new TenantStore(ctx), params.id, body)));

export const handler = httpHandler(route, main);
export { route };
