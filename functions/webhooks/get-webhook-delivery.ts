import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { getWebhookDelivery as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => ok(await new WebhookService(new TenantStore(ctx)).delivery(params.id, params.deliveryId));

export const handler = httpHandler(route, main);
export { route };
