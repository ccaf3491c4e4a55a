import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { MeterService } from './meter-service.ts';
import { expectedFrom } from './expected.ts';
import { replaceMeter as route } from './routes.ts';
import { meterView } from './views.ts';

/** 201 with the new meter; `removed` is the old one with its final read. */
export const main = async ({ ctx, params, body, headers }: Request<typeof route>): Promise<Reply> => {
  const { version, ...input } = body;
  const { removed, meter } = await new MeterService(new TenantStore(ctx)).replace(params.id, input, expectedFrom(headers, version));
  return { status: 201, body: { ...meterView(meter), removed: meterView(removed) }, headers: { etag: `"${meter.version}"`, location: `/v1/meters/${meter.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
