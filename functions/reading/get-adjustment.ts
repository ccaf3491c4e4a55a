import { TenantStore } from '../../shared/db/tenant-store.ts';
import { adjustmentView } from '../../shared/entities/adjustment.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { AdjustmentService } from './adjustment-service.ts';
import { getAdjustment as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => withEtag(adjustmentView(await new AdjustmentService(new TenantStore(ctx)).get(params.id)));

export const handler = httpHandler(route, main);
export { route };
