import { TenantStore } from '../../shared/db/tenant-store.ts';
import { adjustmentView } from '../../shared/entities/adjustment.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { AdjustmentService } from './adjustment-service.ts';
import { proposeAdjustment as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>): Promise<Reply> => {
  const adjustment = await new AdjustmentService(new TenantStore(ctx)).propose(body);
  return { status: 201, body: adjustmentView(adjustment), headers: { etag: `"${adjustment.version}"`, location: `/v1/adjustments/${adjustment.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
