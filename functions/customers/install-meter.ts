import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { MeterService } from './meter-service.ts';
import { installMeter as route } from './routes.ts';
import { meterView } from './views.ts';

export const main = async ({ ctx, params, body }: Request<typeof route>): Promise<Reply> => {
  const { meter } = await new MeterService(new TenantStore(ctx)).install(params.id, body);
  return { status: 201, body: meterView(meter), headers: { etag: `"${meter.version}"`, location: `/v1/meters/${meter.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
