import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from './expected.ts';
import { MeterService } from './meter-service.ts';
import { updateMeter as route } from './routes.ts';
import { meterView } from './views.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) =>
  withEtag(meterView(await new MeterService(new TenantStore(ctx)).setPlacement(params.id, body.placement, expectedFrom(headers, body.version))));

export const handler = httpHandler(route, main);
export { route };
