import { TenantStore } from '../../shared/db/tenant-store.ts';
import { adjustmentView } from '../../shared/entities/adjustment.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { AdjustmentService } from './adjustment-service.ts';
import { adjustmentAction as route } from './routes.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const { version, ...decision } = body;
  return withEtag(adjustmentView(await new AdjustmentService(new TenantStore(ctx)).decide(params.id, decision, expectedFrom(headers, version))));
};

export const handler = httpHandler(route, main);
export { route };
