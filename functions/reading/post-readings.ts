import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { ReadingService } from './reading-service.ts';
import { postReadings as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => ok({ results: await new ReadingService(new TenantStore(ctx)).ingest(body.readings) });

export const handler = httpHandler(route, main);
export { route };
