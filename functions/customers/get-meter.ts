import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { MeterService } from './meter-service.ts';
import { getMeter as route } from './routes.ts';
import { meterView } from './views.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => withEtag(meterView(await new MeterService(new TenantStore(ctx)).get(params.id)));

export const handler = httpHandler(route, main);
export { route };
