import { TenantStore } from '../../shared/db/tenant-store.ts';
import { adjustmentView } from '../../shared/entities/adjustment.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { AdjustmentService } from './adjustment-service.ts';
import { listAdjustments as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const page = await new AdjustmentService(new TenantStore(ctx)).list(query);
  return ok({ items: page.items.map(adjustmentView), nextCursor: page.nextCursor });
};

export const handler = httpHandler(route, main);
export { route };
